-- The money ledger: double entry and append-only. Balances are sums of entries, never stored.
-- Sign convention: an entry is signed from its account's point of view, + money arrives, - money
-- leaves; the entries of one transaction sum to zero per currency (money only moves). See
-- docs/decisions/0010-ledger.md.

-- Accounts are made on first use, one per kind, owner and currency.
create table ledger_account (
    id            bigint generated always as identity primary key,
    kind          varchar(20) not null check (kind in
        ('CLIENT_FUNDING', 'CONTRACT_ESCROW', 'FREELANCER_BALANCE', 'PLATFORM_REVENUE', 'PROVIDER_CLEARING')),
    -- Whose account within its kind: a user id, a contract reference, a provider name, or 'platform'.
    owner_ref     varchar(80) not null,
    currency      varchar(3)  not null,
    -- The member of a client's funding or a freelancer's balance. No cascade: money records outlive accounts.
    user_id       bigint references account_user (id),
    -- A contract escrow's parties, so they (and nobody else) can read it.
    client_id     bigint references account_user (id),
    freelancer_id bigint references account_user (id),
    created_at    timestamptz not null,
    constraint ledger_account_uq unique (kind, owner_ref, currency),
    -- Referenced by entries together with their currency, so an entry's currency is always its account's.
    constraint ledger_account_currency_uq unique (id, currency),
    constraint ledger_account_user_ck check ((user_id is not null) = (kind in ('CLIENT_FUNDING', 'FREELANCER_BALANCE'))),
    constraint ledger_account_parties_ck check ((client_id is not null) = (kind = 'CONTRACT_ESCROW')
        and (freelancer_id is not null) = (kind = 'CONTRACT_ESCROW'))
);
-- A contract is paid in one currency: one escrow per contract reference.
create unique index ledger_account_escrow_uq on ledger_account (owner_ref) where kind = 'CONTRACT_ESCROW';
create index ledger_account_user_idx on ledger_account (user_id) where user_id is not null;
create index ledger_account_client_idx on ledger_account (client_id) where client_id is not null;
create index ledger_account_freelancer_idx on ledger_account (freelancer_id) where freelancer_id is not null;

-- One money command (fund, release, refund): what was asked, under which idempotency key, and what the
-- provider answered. A replayed key finds its row and posts nothing.
create table ledger_transaction (
    id              bigint generated always as identity primary key,
    idempotency_key varchar(120) not null,
    kind            varchar(10)  not null check (kind in ('FUND', 'RELEASE', 'REFUND')),
    contract_ref    varchar(80),
    price_minor     bigint       not null check (price_minor > 0),
    fee_minor       bigint       not null check (fee_minor >= 0),
    currency        varchar(3)   not null,
    memo            varchar(500) not null,
    provider        varchar(20),
    provider_ref    varchar(200),
    -- Who was signed in; empty for background jobs (auto-release).
    actor_id        bigint references account_user (id),
    posted_at       timestamptz  not null,
    constraint ledger_transaction_key_uq unique (idempotency_key),
    constraint ledger_transaction_provider_ck check ((provider is null) = (provider_ref is null))
);
create index ledger_transaction_contract_idx on ledger_transaction (contract_ref, posted_at);

create table ledger_entry (
    id             bigint generated always as identity primary key,
    transaction_id bigint      not null references ledger_transaction (id),
    account_id     bigint      not null,
    currency       varchar(3)  not null,
    amount_minor   bigint      not null check (amount_minor <> 0),
    -- The transaction's time, copied so history pages sort and filter on one index.
    posted_at      timestamptz not null,
    constraint ledger_entry_account_fk foreign key (account_id, currency) references ledger_account (id, currency)
);
create index ledger_entry_account_idx on ledger_entry (account_id, posted_at desc, id desc);
create index ledger_entry_transaction_idx on ledger_entry (transaction_id);
create index ledger_entry_posted_idx on ledger_entry (posted_at desc, id desc);

-- At commit, every transaction that got entries must sum to zero in each currency. Deferred, so the
-- entries of one transaction can be inserted one by one; checked whoever writes (the service checks first).
create function ledger_entries_balance() returns trigger language plpgsql as $$
declare
    unbalanced record;
begin
    select currency, sum(amount_minor) as total into unbalanced
        from ledger_entry where transaction_id = new.transaction_id
        group by currency having sum(amount_minor) <> 0 limit 1;
    if found then
        raise exception 'ledger transaction % does not balance: % minor units of % left over',
            new.transaction_id, unbalanced.total, unbalanced.currency
            using errcode = 'check_violation';
    end if;
    return null;
end $$;
create constraint trigger ledger_entry_balanced after insert on ledger_entry
    deferrable initially deferred for each row execute function ledger_entries_balance();

-- A transaction without entries would be a replay answer for money that never moved.
create function ledger_transaction_has_entries() returns trigger language plpgsql as $$
begin
    if (select count(*) from ledger_entry where transaction_id = new.id) < 2 then
        raise exception 'ledger transaction % has fewer than two entries', new.id using errcode = 'check_violation';
    end if;
    return null;
end $$;
create constraint trigger ledger_transaction_complete after insert on ledger_transaction
    deferrable initially deferred for each row execute function ledger_transaction_has_entries();

-- History is never rewritten: a mistake is corrected by a new transaction.
create function ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only; post a correcting transaction instead', tg_table_name
        using errcode = 'restrict_violation';
end $$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each statement execute function ledger_append_only();
create trigger ledger_transaction_append_only before update or delete on ledger_transaction
    for each statement execute function ledger_append_only();
