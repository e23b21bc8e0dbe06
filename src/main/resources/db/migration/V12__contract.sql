-- A client's offer to a freelancer for a job (from a proposal, or to an invited freelancer).
create table contract_offer (
    id               bigint generated always as identity primary key,
    version          bigint       not null default 0,
    job_id           bigint       not null references job (id) on delete cascade,
    proposal_id      bigint references proposal (id) on delete set null,
    client_id        bigint       not null references account_user (id) on delete cascade,
    freelancer_id    bigint       not null references account_user (id) on delete cascade,
    type             varchar(10)  not null check (type in ('FIXED', 'HOURLY')),
    currency         varchar(3)   not null,
    hourly_rate_minor bigint check (hourly_rate_minor > 0),
    weekly_cap_hours int check (weekly_cap_hours between 1 and 80),
    message          text         not null,
    state            varchar(10)  not null check (state in ('SENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    decline_reason   text,
    sent_at          timestamptz  not null,
    decided_at       timestamptz,
    constraint contract_offer_terms_ck check (
        (type = 'FIXED' and hourly_rate_minor is null and weekly_cap_hours is null)
        or (type = 'HOURLY' and hourly_rate_minor is not null and weekly_cap_hours is not null))
);
-- One open offer per freelancer and job: a second would only confuse.
create unique index contract_offer_open_uk on contract_offer (job_id, freelancer_id) where state = 'SENT';
create index contract_offer_freelancer_idx on contract_offer (freelancer_id, sent_at desc);

create table contract_offer_milestone (
    offer_id     bigint       not null references contract_offer (id) on delete cascade,
    position     int          not null,
    title        varchar(120) not null,
    amount_minor bigint       not null check (amount_minor > 0),
    due_date     date,
    primary key (offer_id, position)
);

create table contract (
    id                bigint generated always as identity primary key,
    version           bigint       not null default 0,
    offer_id          bigint       not null unique references contract_offer (id),
    job_id            bigint       not null references job (id),
    client_id         bigint       not null references account_user (id),
    freelancer_id     bigint       not null references account_user (id),
    title             varchar(120) not null,
    type              varchar(10)  not null check (type in ('FIXED', 'HOURLY')),
    currency          varchar(3)   not null,
    hourly_rate_minor bigint,
    weekly_cap_hours  int,
    state             varchar(10)  not null check (state in ('ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED')),
    started_at        timestamptz  not null,
    ended_at          timestamptz
);
create index contract_client_idx on contract (client_id, started_at desc);
create index contract_freelancer_idx on contract (freelancer_id, started_at desc);

create table contract_milestone (
    id                 bigint generated always as identity primary key,
    version            bigint       not null default 0,
    contract_id        bigint       not null references contract (id) on delete cascade,
    position           int          not null,
    title              varchar(120) not null,
    amount_minor       bigint       not null check (amount_minor > 0),
    due_date           date,
    state              varchar(10)  not null
        check (state in ('UNFUNDED', 'FUNDED', 'SUBMITTED', 'RELEASED', 'REFUNDED', 'REMOVED')),
    submission_message text,
    funded_at          timestamptz,
    submitted_at       timestamptz,
    decided_at         timestamptz
);
create index contract_milestone_contract_idx on contract_milestone (contract_id, position);
-- The auto-release job looks for milestones submitted long ago.
create index contract_milestone_submitted_idx on contract_milestone (submitted_at) where state = 'SUBMITTED';

-- What happened on a contract, for both parties to read.
create table contract_event (
    id          bigint generated always as identity primary key,
    contract_id bigint      not null references contract (id) on delete cascade,
    at          timestamptz not null,
    actor_id    bigint references account_user (id),
    kind        varchar(40) not null,
    detail      text        not null
);
create index contract_event_contract_idx on contract_event (contract_id, at);
