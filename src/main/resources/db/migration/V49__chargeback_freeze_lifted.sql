-- Card chargebacks (decision 30): a freeze is lifted by an admin with a note, or when the bank decides the
-- dispute for the platform. The row stays as the record; a later chargeback on the same contract freezes it again.
alter table payment_frozen_contract add column dispute_ref varchar(80);
alter table payment_frozen_contract add column amount_minor bigint;
alter table payment_frozen_contract add column currency char(3);
alter table payment_frozen_contract add column lifted_at timestamptz;
alter table payment_frozen_contract add column lifted_by bigint references account_user (id);
alter table payment_frozen_contract add column lift_note varchar(500);
create index payment_frozen_contract_dispute_idx on payment_frozen_contract (dispute_ref);
