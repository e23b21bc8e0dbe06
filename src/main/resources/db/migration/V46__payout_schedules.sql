-- Payout schedules: when a freelancer's balance goes out to their bank. See docs/decisions/0028-payout-schedules.md.

-- A freelancer's choice; no row means the default, weekly.
create table payment_payout_schedule (
    freelancer_id bigint primary key references account_user (id),
    schedule      varchar(12) not null check (schedule in ('WEEKLY', 'ON_REQUEST')),
    updated_at    timestamptz not null
);

-- One payout of a freelancer's balance in one currency, under the idempotency key of the command that made it
-- (the ledger's PAYOUT transaction carries the same key). Recorded only after the provider accepted it.
create table payment_payout (
    id              bigint generated always as identity primary key,
    idempotency_key varchar(120) not null unique,
    freelancer_id   bigint       not null references account_user (id),
    amount_minor    bigint       not null check (amount_minor > 0),
    currency        varchar(3)   not null,
    provider        varchar(20)  not null,
    provider_ref    varchar(100) not null,
    state           varchar(12)  not null check (state in ('IN_TRANSIT', 'PAID', 'FAILED')),
    failure_reason  varchar(200),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    unique (provider, provider_ref)
);
create index payment_payout_freelancer_idx on payment_payout (freelancer_id, created_at desc);

-- A transfer is no longer the payout itself but where the money waits at Stripe: a reversal takes part of it
-- back to the platform's balance, which the freelancer's connected account can then no longer pay out.
alter table payment_stripe_transfer add column reversed_minor bigint not null default 0 check (reversed_minor >= 0);
