-- Subscriptions to the plans of the configuration (decision 29): one row per subscription at its provider, the
-- entitlements follow its status and period. Payments of subscriptions are kept here, not in the ledger, which holds
-- escrowed contract money only.

create table subscription (
    id                   bigserial primary key,
    user_id              bigint       not null references account_user (id),
    plan_code            varchar(40)  not null,
    provider             varchar(20)  not null,
    -- Stripe's subscription id, or the demo provider's reference derived from the member and plan.
    provider_ref         varchar(120) not null unique,
    status               varchar(20)  not null check (status in ('INCOMPLETE', 'INCOMPLETE_EXPIRED', 'TRIALING',
                             'ACTIVE', 'PAST_DUE', 'UNPAID', 'PAUSED', 'CANCELED')),
    current_period_end   timestamptz  not null,
    cancel_at_period_end boolean      not null default false,
    -- When the provider's state held here was true (the webhook event's time): an older event never overwrites it.
    state_at             timestamptz  not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null
);

create index subscription_user on subscription (user_id);

-- A provider's invoice may arrive before the subscription it bills, so payments name the subscription by the
-- provider's reference, not by a foreign key.
create table subscription_payment (
    id               bigserial primary key,
    user_id          bigint       not null references account_user (id),
    subscription_ref varchar(120) not null,
    -- The provider's invoice and outcome (Stripe), or the demo month's reference: each recorded once.
    reference        varchar(140) not null unique,
    amount_minor     bigint       not null check (amount_minor >= 0),
    currency         char(3)      not null,
    paid             boolean      not null,
    created_at       timestamptz  not null
);

create index subscription_payment_user on subscription_payment (user_id, created_at);
