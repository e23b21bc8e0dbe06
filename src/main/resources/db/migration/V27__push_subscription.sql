-- Browsers that receive Web Push notifications for a member: one row per browser (its push service endpoint),
-- with the keys that encrypt what is sent to it. See docs/decisions/0016-web-push.md.
create table push_subscription (
    id           bigint generated always as identity primary key,
    member_id    bigint        not null references account_user (id) on delete cascade,
    -- The push service's URL for this browser; unique, a browser re-subscribing replaces its row.
    endpoint     varchar(1000) not null unique,
    p256dh       varchar(200)  not null,
    auth         varchar(100)  not null,
    user_agent   varchar(300)  not null default '',
    created_at   timestamptz   not null,
    last_sent_at timestamptz
);
create index push_subscription_member_idx on push_subscription (member_id);

-- The installation's VAPID key pair, made by the first node that needs it when none is configured, so every node of
-- a cluster signs with the same key (browsers subscribed with one public key accept only that key's signatures).
create table push_key (
    id          smallint     primary key check (id = 1),
    public_key  varchar(100) not null,
    private_key varchar(100) not null
);
