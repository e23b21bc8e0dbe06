-- Per member, type and channel: only choices that differ from the defaults are stored, so new types and channels
-- start with their defaults. See docs/decisions/0022-notification-preferences.md.
create table notification_preference (
    user_id bigint      not null references account_user (id) on delete cascade,
    type    varchar(40) not null,
    channel varchar(20) not null check (channel in ('in-app', 'email', 'push')),
    enabled boolean     not null,
    primary key (user_id, type, channel)
);
