-- Accounts: one row per person; roles in their own table (a person may be client and freelancer).
create table account_user (
    id             bigint generated always as identity primary key,
    version        bigint       not null default 0,
    email          varchar(254) not null,
    display_name   varchar(100) not null,
    password_hash  varchar(255) not null,
    created_at     timestamptz  not null,
    last_sign_in_at timestamptz
);
-- Emails are unique regardless of case.
create unique index account_user_email_uq on account_user (lower(email));

create table account_user_role (
    user_id bigint      not null references account_user (id) on delete cascade,
    role    varchar(20) not null check (role in ('CLIENT', 'FREELANCER', 'ADMIN')),
    primary key (user_id, role)
);

create table account_sign_in (
    id          bigint generated always as identity primary key,
    user_id     bigint references account_user (id) on delete cascade,
    address     varchar(64) not null,
    succeeded   boolean     not null,
    occurred_at timestamptz not null
);
create index account_sign_in_user_idx on account_sign_in (user_id, occurred_at desc);
create index account_sign_in_time_idx on account_sign_in (occurred_at);
