-- In-app notifications, one row per recipient. The text is rendered when shown, in the reader's language, from a
-- message key and its arguments. See docs/decisions/0018-notifications.md.
create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint       not null references account_user (id),
    type         varchar(40)  not null,
    message_key  varchar(100) not null,
    args         text[]       not null default '{}',
    -- Where the notification leads, a path inside the app such as contracts/12.
    link         varchar(300) not null,
    -- What it is about (e.g. a conversation), so repeated events can be folded into one unread notification.
    subject      varchar(100) not null default '',
    created_at   timestamptz  not null,
    read_at      timestamptz
);
create index notification_recipient_idx on notification (recipient_id, id desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;
