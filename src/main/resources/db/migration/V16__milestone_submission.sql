-- Each time the freelancer hands in a milestone's work: the message, and (through the files module,
-- owner type 'milestone-submission' and this row's id) up to five files. The milestone keeps the latest
-- message too; this keeps every round, so files of earlier rounds stay with the date they came.
create table contract_submission (
    id           bigint generated always as identity primary key,
    contract_id  bigint      not null references contract (id) on delete cascade,
    milestone_id bigint      not null references contract_milestone (id) on delete cascade,
    message      text        not null,
    submitted_at timestamptz not null
);
create index contract_submission_contract_idx on contract_submission (contract_id, submitted_at);
