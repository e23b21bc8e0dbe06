-- Every mail the application writes: the outbox in the embedded mode, the delivery log with SMTP.
-- See docs/decisions/0021-email.md.
create table mail_message (
    id            bigint generated always as identity primary key,
    recipient_id  bigint references account_user (id) on delete set null,
    to_address    varchar(254) not null,
    type          varchar(40)  not null,
    -- Essential mail (verification, password reset) ignores preferences and complaints, never hard bounces.
    essential     boolean      not null,
    language      varchar(8)   not null,
    subject       varchar(300) not null,
    text_body     text         not null,
    html_body     text         not null,
    -- The one-click unsubscribe address of non-essential mail (List-Unsubscribe).
    unsubscribe_url varchar(1000),
    status        varchar(20)  not null check (status in ('QUEUED', 'SENT', 'STORED', 'FAILED', 'SUPPRESSED')),
    attempts      int          not null default 0,
    last_error    varchar(1000),
    created_at    timestamptz  not null,
    sent_at       timestamptz,
    failed_at     timestamptz
);
create index mail_message_created_idx on mail_message (created_at desc);
create index mail_message_queued_idx on mail_message (id) where status in ('QUEUED', 'FAILED');

-- Addresses that bounced hard or complained: no more (non-essential) mail goes there.
create table mail_suppression (
    address     varchar(254) primary key,
    reason      varchar(20)  not null check (reason in ('HARD_BOUNCE', 'COMPLAINT')),
    detail      varchar(500) not null default '',
    created_at  timestamptz  not null
);

-- The unread message digest: up to when each member's unread messages have been mailed.
create table mail_digest (
    user_id      bigint      primary key references account_user (id) on delete cascade,
    covered_until timestamptz not null,
    sent_at      timestamptz not null
);

-- The key that signs unsubscribe links, made once per installation so every node and every restart agree.
create table mail_signing_key (
    id         int         primary key check (id = 1),
    secret     varchar(100) not null,
    created_at timestamptz not null
);
