-- Disputes about money in protection: a funded milestone or a billed week. See docs/decisions/0025-disputes.md.
create table dispute (
    id                  bigint generated always as identity primary key,
    version             bigint        not null default 0,
    contract_id         bigint        not null references contract (id) on delete cascade,
    work_kind           varchar(10)   not null check (work_kind in ('MILESTONE', 'WEEK')),
    work_id             bigint        not null,
    work_title          varchar(160)  not null,
    amount_minor        bigint        not null check (amount_minor > 0),
    currency            varchar(3)    not null,
    client_id           bigint        not null references account_user (id),
    freelancer_id       bigint        not null references account_user (id),
    opened_by           bigint        not null references account_user (id),
    reason              varchar(20)   not null
        check (reason in ('NOT_DELIVERED', 'QUALITY', 'SCOPE', 'NOT_RESPONSIVE', 'OTHER')),
    statement           text          not null,
    opened_at           timestamptz   not null,
    response            text,
    answered_at         timestamptz,
    state               varchar(20)   not null
        check (state in ('AWAITING_RESPONSE', 'AWAITING_DECISION', 'DECIDED', 'WITHDRAWN')),
    -- The next deadline: the answer's while awaiting it, the admin's decision's after; none once closed.
    deadline            timestamptz,
    awaiting_decision_since timestamptz,
    escalated_at        timestamptz,
    outcome             varchar(10) check (outcome in ('RELEASE', 'REFUND', 'SPLIT')),
    to_freelancer_minor bigint check (to_freelancer_minor >= 0),
    decision            text,
    decided_by          bigint references account_user (id),
    decided_at          timestamptz,
    withdrawn_at        timestamptz,
    constraint dispute_decided_ck check ((state = 'DECIDED') = (outcome is not null and decision is not null
        and to_freelancer_minor is not null and decided_at is not null)),
    constraint dispute_split_ck check (to_freelancer_minor is null or to_freelancer_minor <= amount_minor)
);
-- One open dispute per milestone or week at a time.
create unique index dispute_open_uk on dispute (work_kind, work_id) where state in ('AWAITING_RESPONSE', 'AWAITING_DECISION');
create index dispute_contract_idx on dispute (contract_id, opened_at desc);
-- The deadline job and the admin's grid read open disputes by deadline.
create index dispute_deadline_idx on dispute (state, deadline);
