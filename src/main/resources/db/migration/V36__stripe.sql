-- Stripe's side of our members and money commands. See docs/decisions/0023-stripe-payments.md.

-- A member's Stripe objects: the customer of a client (with the card Checkout saved for off-session charges)
-- and the Express connected account of a freelancer, with its payout status as the last account.updated said.
create table payment_stripe_party (
    user_id               bigint primary key references account_user (id),
    customer_id           varchar(100),
    payment_method_id     varchar(100),
    account_id            varchar(100) unique,
    payouts_status        varchar(12) not null default 'NOT_STARTED'
        check (payouts_status in ('NOT_STARTED', 'INCOMPLETE', 'ACTIVE')),
    updated_at            timestamptz not null
);

-- A charge the client pays on Stripe's Checkout page: what it is for, until the webhook confirms it and the
-- ledger posts it under the same idempotency key (or it fails or expires).
create table payment_pending_charge (
    idempotency_key varchar(120) primary key,
    contract_ref    varchar(80)  not null,
    client_id       bigint       not null references account_user (id),
    freelancer_id   bigint       not null references account_user (id),
    price_minor     bigint       not null check (price_minor > 0),
    currency        varchar(3)   not null,
    memo            varchar(500) not null,
    session_id      varchar(200),
    -- Starts again after a failure count up, so the provider is asked anew instead of answering the failed try.
    attempt         int          not null default 0,
    state           varchar(10)  not null check (state in ('PENDING', 'CONFIRMED', 'FAILED')),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);
create index payment_pending_charge_session_idx on payment_pending_charge (session_id);

-- Released money on its way to a freelancer's connected account: waits until their onboarding is complete,
-- then one Transfer per release (the release's key makes it once).
create table payment_stripe_transfer (
    release_key   varchar(120) primary key,
    contract_ref  varchar(80)  not null,
    freelancer_id bigint       not null references account_user (id),
    amount_minor  bigint       not null check (amount_minor > 0),
    currency      varchar(3)   not null,
    transfer_id   varchar(100) unique,
    state         varchar(10)  not null check (state in ('WAITING', 'SENT', 'REVERSED')),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create index payment_stripe_transfer_waiting_idx on payment_stripe_transfer (freelancer_id) where state = 'WAITING';

-- Every webhook event processed, stored in the transaction that processed it: a redelivery finds its id
-- and changes nothing.
create table payment_stripe_event (
    event_id     varchar(100) primary key,
    type         varchar(80)  not null,
    processed_at timestamptz  not null
);

-- A contract whose card payment the client disputed with their bank: its escrow moves no more (no release,
-- no refund) until an admin has dealt with it.
create table payment_frozen_contract (
    contract_ref varchar(80) primary key,
    reason       varchar(200) not null,
    frozen_at    timestamptz  not null
);
