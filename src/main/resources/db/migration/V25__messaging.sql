-- Messaging: conversations between a job's client and a freelancer (opened by an invitation or a proposal) and
-- between a contract's two parties. See docs/decisions/0017-messaging-and-cluster-bus.md.
create table msg_conversation (
    id              bigint generated always as identity primary key,
    -- JOB: subject_id is the job; CONTRACT: subject_id is the contract.
    kind            varchar(16)  not null check (kind in ('JOB', 'CONTRACT')),
    subject_id      bigint       not null,
    title           varchar(200) not null,
    client_id       bigint       not null references account_user (id),
    freelancer_id   bigint       not null references account_user (id),
    created_at      timestamptz  not null,
    last_message_at timestamptz,
    constraint msg_conversation_once_uq unique (kind, subject_id, client_id, freelancer_id),
    constraint msg_conversation_two_people_ck check (client_id <> freelancer_id)
);

-- One row per person in a conversation: the read receipt is the last message they have read.
create table msg_participant (
    id                   bigint generated always as identity primary key,
    conversation_id      bigint      not null references msg_conversation (id),
    user_id              bigint      not null references account_user (id),
    last_read_message_id bigint      not null default 0,
    last_read_at         timestamptz,
    constraint msg_participant_once_uq unique (conversation_id, user_id)
);
create index msg_participant_user_idx on msg_participant (user_id);

create table msg_message (
    id              bigint generated always as identity primary key,
    conversation_id bigint        not null references msg_conversation (id),
    sender_id       bigint        not null references account_user (id),
    -- Plain text as typed (made safe when shown); may be empty when the message only carries attachments.
    body            varchar(5000) not null,
    -- The off-platform detector's findings (EMAIL, PHONE, ...), shown to the receiver as a warning.
    warnings        varchar(100)  not null default '',
    -- How many files it carries, so pages of messages only look up files where there are some.
    attachments     integer       not null default 0,
    sent_at         timestamptz   not null
);
create index msg_message_conversation_idx on msg_message (conversation_id, id desc);
-- The per-member send rate is counted here: exact across nodes without any other store.
create index msg_message_sender_idx on msg_message (sender_id, sent_at desc);

-- Who blocked whom: no messages either way while the row exists.
create table msg_block (
    id         bigint generated always as identity primary key,
    blocker_id bigint      not null references account_user (id),
    blocked_id bigint      not null references account_user (id),
    created_at timestamptz not null,
    constraint msg_block_once_uq unique (blocker_id, blocked_id),
    constraint msg_block_not_self_ck check (blocker_id <> blocked_id)
);
create index msg_block_blocked_idx on msg_block (blocked_id);

-- Reports of a message or a person, for the admins' moderation queue.
create table msg_report (
    id               bigint generated always as identity primary key,
    reporter_id      bigint        not null references account_user (id),
    reported_user_id bigint        not null references account_user (id),
    conversation_id  bigint references msg_conversation (id),
    message_id       bigint references msg_message (id),
    reason           varchar(1000) not null,
    created_at       timestamptz   not null,
    resolved_at      timestamptz,
    resolved_by      bigint references account_user (id),
    resolution       varchar(1000)
);
create index msg_report_open_idx on msg_report (created_at) where resolved_at is null;
