-- A billed week whose off-session charge the client's card refused stays billed and UNPAID (nothing in escrow).
-- See docs/decisions/0023-stripe-payments.md.
alter table contract_billed_week drop constraint contract_billed_week_state_check;
alter table contract_billed_week add constraint contract_billed_week_state_check check (state in
    ('IN_REVIEW', 'RELEASED', 'DISPUTED', 'UNPAID'));
