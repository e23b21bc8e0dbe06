-- Proposals: a freelancer's application to a job. One per freelancer and job.
create table proposal (
    id            bigint generated always as identity primary key,
    version       bigint      not null default 0,
    job_id        bigint      not null references job (id) on delete cascade,
    freelancer_id bigint      not null references account_user (id) on delete cascade,
    cover_letter  text        not null,
    bid_minor     bigint      not null check (bid_minor > 0),
    currency      varchar(3)  not null,
    state         varchar(12) not null
        check (state in ('SUBMITTED', 'VIEWED', 'SHORTLISTED', 'DECLINED', 'WITHDRAWN', 'HIRED')),
    submitted_at  timestamptz not null,
    constraint proposal_one_per_job_uq unique (job_id, freelancer_id)
);
create index proposal_freelancer_idx on proposal (freelancer_id, submitted_at desc);
