-- Real providers: their own fees become ledger entries of their own (PROVIDER_FEES, per provider and currency),
-- and money leaving the platform to a freelancer's payout account is a PAYOUT (freelancer balance to the
-- provider's clearing account), undone by a REVERSAL when the provider takes a transfer back.
-- See docs/decisions/0023-stripe-payments.md.
alter table ledger_account drop constraint ledger_account_kind_check;
alter table ledger_account add constraint ledger_account_kind_check check (kind in
    ('CLIENT_FUNDING', 'CONTRACT_ESCROW', 'FREELANCER_BALANCE', 'PLATFORM_REVENUE', 'PROVIDER_CLEARING', 'PROVIDER_FEES'));

alter table ledger_transaction drop constraint ledger_transaction_kind_check;
alter table ledger_transaction add constraint ledger_transaction_kind_check check (kind in
    ('FUND', 'RELEASE', 'REFUND', 'PAYOUT', 'REVERSAL'));
