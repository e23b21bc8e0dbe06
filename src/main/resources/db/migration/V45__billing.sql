-- Billing: members' billing details, gap-free invoice numbering, invoices with their lines (decision 26).

create table billing_details (
    user_id    bigint primary key references account_user (id),
    legal_name varchar(200) not null,
    address    varchar(500) not null,
    country    char(2)      not null,
    tax_id     varchar(20),
    updated_at timestamptz  not null
);

-- One row per series and year; the row is locked by the update that takes the next number, in the transaction
-- that inserts the invoice, so numbers are handed out one at a time and a rolled-back insert returns its number.
create table invoice_counter (
    series      varchar(10) not null,
    year        int         not null,
    last_number bigint      not null check (last_number >= 0),
    primary key (series, year)
);

create table invoice (
    id                    bigserial primary key,
    number                varchar(40)  not null unique,
    series                varchar(10)  not null,
    year                  int          not null,
    sequence              bigint       not null,
    kind                  varchar(20)  not null check (kind in ('RECEIPT', 'CLIENT_FEE', 'FREELANCER_FEE', 'CREDIT_NOTE')),
    ledger_transaction_id bigint       not null references ledger_transaction (id),
    contract_ref          varchar(100) not null,
    credits_invoice_id    bigint references invoice (id),
    buyer_id              bigint       not null references account_user (id),
    buyer_name            varchar(200) not null,
    buyer_address         varchar(500) not null,
    buyer_country         char(2),
    buyer_tax_id          varchar(20),
    seller_name           varchar(200) not null,
    seller_address        varchar(500) not null,
    seller_country        char(2)      not null,
    seller_tax_id         varchar(40)  not null,
    currency              char(3)      not null,
    net_minor             bigint       not null,
    tax_minor             bigint       not null,
    total_minor           bigint       not null check (total_minor = net_minor + tax_minor),
    reverse_charge        boolean      not null,
    issued_at             timestamptz  not null,
    -- One document of a kind per ledger transaction: a replayed event books nothing twice.
    unique (ledger_transaction_id, kind),
    unique (series, year, sequence)
);
create index invoice_buyer_idx on invoice (buyer_id, issued_at desc);

create table invoice_line (
    invoice_id   bigint       not null references invoice (id),
    position     int          not null,
    description  varchar(300) not null,
    net_minor    bigint       not null,
    tax_label    varchar(40),
    tax_rate_bp  int          not null,
    tax_minor    bigint       not null,
    total_minor  bigint       not null check (total_minor = net_minor + tax_minor),
    primary key (invoice_id, position)
);
