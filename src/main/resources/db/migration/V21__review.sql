-- Reviews between the two parties of an ended contract. Double-blind: a review stays sealed
-- (published_at empty) until the other party's review is in or the window closes. See
-- docs/decisions/0012-reviews.md.
create table review (
    id               bigint generated always as identity primary key,
    contract_id      bigint        not null references contract (id),
    author_id        bigint        not null references account_user (id),
    -- The other party of the contract, whom the review is about.
    subject_id       bigint        not null references account_user (id),
    overall          integer       not null check (overall between 1 and 5),
    communication    integer       not null check (communication between 1 and 5),
    quality          integer       not null check (quality between 1 and 5),
    timeliness       integer       not null check (timeliness between 1 and 5),
    public_text      varchar(2000) not null,
    -- For the platform only: never shown to the other party or publicly.
    private_feedback varchar(2000) not null,
    submitted_at     timestamptz   not null,
    -- The contract's end plus the review window, copied so the publishing job reads one table.
    window_closes_at timestamptz   not null,
    published_at     timestamptz,
    -- Each party reviews the other once per contract.
    constraint review_once_uq unique (contract_id, author_id),
    constraint review_not_self_ck check (author_id <> subject_id)
);
create index review_subject_published_idx on review (subject_id, published_at desc, id desc) where published_at is not null;
create index review_sealed_idx on review (window_closes_at) where published_at is null;
