-- Plans are paid through the ledger (decision 29): a member's plan payments leave their own SUBSCRIBER account
-- (not CLIENT_FUNDING, so paying for a plan never marks a client "payment verified", a search filter) for the
-- platform's revenue, as a SUBSCRIPTION transaction; billing issues a service invoice for each.
alter table ledger_account drop constraint ledger_account_kind_check;
alter table ledger_account add constraint ledger_account_kind_check check (kind in
    ('CLIENT_FUNDING', 'CONTRACT_ESCROW', 'FREELANCER_BALANCE', 'PLATFORM_REVENUE', 'PROVIDER_CLEARING', 'PROVIDER_FEES',
     'SUBSCRIBER'));
alter table ledger_account drop constraint ledger_account_user_ck;
alter table ledger_account add constraint ledger_account_user_ck
    check ((user_id is not null) = (kind in ('CLIENT_FUNDING', 'FREELANCER_BALANCE', 'SUBSCRIBER')));

alter table ledger_transaction drop constraint ledger_transaction_kind_check;
alter table ledger_transaction add constraint ledger_transaction_kind_check check (kind in
    ('FUND', 'RELEASE', 'REFUND', 'PAYOUT', 'REVERSAL', 'CHARGEBACK', 'SUBSCRIPTION'));
alter table ledger_transaction alter column kind type varchar(12);

alter table invoice drop constraint invoice_kind_check;
alter table invoice add constraint invoice_kind_check
    check (kind in ('RECEIPT', 'CLIENT_FEE', 'FREELANCER_FEE', 'CREDIT_NOTE', 'SUBSCRIPTION'));
