-- How a freelancer proposes to split a fixed-price bid; the amounts add up to the bid, in its currency.
create table proposal_milestone (
    proposal_id  bigint       not null references proposal (id) on delete cascade,
    position     int          not null,
    title        varchar(120) not null,
    amount_minor bigint       not null check (amount_minor > 0),
    due_date     date,
    primary key (proposal_id, position)
);

-- A proposal's attachments are files of the files module, owned by ('proposal-attachment', proposal id).
-- Proposals also go by cascade (their job or their freelancer deleted), where no service code runs, so the
-- database lets go of their files itself; the files module's clean-up job then deletes them.
create function proposal_release_attachments() returns trigger language plpgsql as $$
begin
    update file_object set owner_type = null, owner_id = null, attached_at = null, detached_at = now()
    where owner_type = 'proposal-attachment' and owner_id = old.id::text;
    return old;
end
$$;
create trigger proposal_release_attachments after delete on proposal
    for each row execute function proposal_release_attachments();
