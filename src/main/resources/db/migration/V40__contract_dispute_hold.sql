-- Disputes (decision 25): a milestone's money is frozen while a dispute about it is open, and a dispute decision
-- settles milestones and billed weeks as released, refunded or split.
alter table contract_milestone add column disputed_at timestamptz;
alter table contract_milestone drop constraint contract_milestone_state_check;
alter table contract_milestone add constraint contract_milestone_state_check
    check (state in ('UNFUNDED', 'PAYMENT_PENDING', 'FUNDED', 'SUBMITTED', 'RELEASED', 'REFUNDED', 'REMOVED',
        'SPLIT'));
-- A frozen milestone is never paid out automatically: the auto-release job skips it.
drop index contract_milestone_submitted_idx;
create index contract_milestone_submitted_idx on contract_milestone (submitted_at)
    where state = 'SUBMITTED' and disputed_at is null;

alter table contract_billed_week drop constraint contract_billed_week_state_check;
alter table contract_billed_week add constraint contract_billed_week_state_check
    check (state in ('IN_REVIEW', 'RELEASED', 'DISPUTED', 'UNPAID', 'REFUNDED', 'SPLIT'));
-- The reason stays with a decided week; a week back in review after a withdrawal has none.
alter table contract_billed_week drop constraint contract_billed_week_dispute_ck;
alter table contract_billed_week add constraint contract_billed_week_dispute_ck
    check ((state = 'DISPUTED' and dispute_reason is not null) or (state = 'IN_REVIEW' and dispute_reason is null)
        or state in ('RELEASED', 'UNPAID', 'REFUNDED', 'SPLIT'));
