-- Why and when a job closed: filled or cancelled by its client, or taken down by an admin (with a note).
alter table job
    add column closed_at       timestamptz,
    add column close_reason    varchar(12) check (close_reason in ('FILLED', 'CANCELLED', 'TAKEN_DOWN')),
    add column moderation_note text;
alter table job add constraint job_closed_ck check ((state = 'CLOSED') = (close_reason is not null));
create index job_admin_idx on job (state, created_at desc);
