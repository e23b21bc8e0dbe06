-- Email verification and password reset. See docs/decisions/0021-email.md.
alter table account_user add column email_verified_at timestamptz;
-- The language mails are written in (en or de), taken from the browser at sign-up.
alter table account_user add column language varchar(8) not null default 'en';
-- Members who signed up before verification existed (and the demo members) keep using their address.
update account_user set email_verified_at = created_at where email_verified_at is null;

-- Single-use tokens sent by mail. Only a SHA-256 hash is stored, so a database leak reveals no usable link.
create table account_token (
    id          bigint generated always as identity primary key,
    user_id     bigint       not null references account_user (id) on delete cascade,
    purpose     varchar(20)  not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    token_hash  varchar(64)  not null unique,
    -- The address the token was sent to: a verification counts only for the address it was sent to.
    email       varchar(254) not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    used_at     timestamptz
);
create index account_token_user_idx on account_token (user_id, purpose, created_at desc);
