-- A card chargeback lost at the bank is a ledger transaction of its own (decision 30): the client has the disputed
-- amount back, the escrow gives what it holds of it, the platform bears the rest and the provider's dispute fee.
alter table ledger_transaction drop constraint ledger_transaction_kind_check;
alter table ledger_transaction add constraint ledger_transaction_kind_check check (kind in
    ('FUND', 'RELEASE', 'REFUND', 'PAYOUT', 'REVERSAL', 'CHARGEBACK'));
