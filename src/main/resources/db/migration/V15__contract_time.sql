-- Hourly contracts: the freelancer's time entries and the weeks billed from them. Weeks are ISO weeks,
-- Monday to Sunday in UTC; see docs/decisions/0013-hourly-work-and-submission-files.md.

-- One week of an hourly contract, billed once the week has ended (or when the contract ends): charged
-- into the contract's escrow, then released after the review window unless the client disputes it.
create table contract_billed_week (
    id              bigint generated always as identity primary key,
    version         bigint       not null default 0,
    contract_id     bigint       not null references contract (id) on delete cascade,
    -- The Monday that starts the week.
    week_start      date         not null check (extract(isodow from week_start) = 1),
    minutes         int          not null check (minutes > 0),
    -- The rate the week was billed at and the amount: rate × minutes / 60, rounded half up to minor units.
    rate_minor      bigint       not null check (rate_minor > 0),
    amount_minor    bigint       not null check (amount_minor > 0),
    state           varchar(10)  not null check (state in ('IN_REVIEW', 'RELEASED', 'DISPUTED')),
    billed_at       timestamptz  not null,
    review_ends_at  timestamptz  not null,
    decided_at      timestamptz,
    dispute_reason  text,
    -- Each week of a contract is billed once: the billing job and the end of a contract cannot both bill it.
    constraint contract_billed_week_uq unique (contract_id, week_start),
    constraint contract_billed_week_dispute_ck check ((state = 'DISPUTED') = (dispute_reason is not null))
);
-- The billing job releases weeks whose review window has passed.
create index contract_billed_week_review_idx on contract_billed_week (review_ends_at) where state = 'IN_REVIEW';

create table contract_time_entry (
    id             bigint generated always as identity primary key,
    version        bigint       not null default 0,
    contract_id    bigint       not null references contract (id) on delete cascade,
    work_date      date         not null,
    minutes        int          not null check (minutes between 15 and 1440),
    memo           varchar(500) not null check (btrim(memo) <> ''),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    -- Set when the entry's week is billed; from then on the entry is read-only.
    billed_week_id bigint references contract_billed_week (id) on delete cascade
);
create index contract_time_entry_contract_idx on contract_time_entry (contract_id, work_date);
-- The billing job looks for time of ended weeks not billed yet.
create index contract_time_entry_unbilled_idx on contract_time_entry (work_date) where billed_week_id is null;
create index contract_time_entry_billed_week_idx on contract_time_entry (billed_week_id);
