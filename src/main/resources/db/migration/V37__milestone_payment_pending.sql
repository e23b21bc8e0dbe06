-- A milestone the client is paying on the payment provider's page (Stripe Checkout) waits as PAYMENT_PENDING until
-- the provider confirms. See docs/decisions/0023-stripe-payments.md.
alter table contract_milestone alter column state type varchar(20);
alter table contract_milestone drop constraint contract_milestone_state_check;
alter table contract_milestone add constraint contract_milestone_state_check check (state in
    ('UNFUNDED', 'PAYMENT_PENDING', 'FUNDED', 'SUBMITTED', 'RELEASED', 'REFUNDED', 'REMOVED'));
