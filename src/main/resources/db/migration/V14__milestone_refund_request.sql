-- A client may ask for a funded milestone's money back; the freelancer agrees by refunding it.
alter table contract_milestone add column refund_requested_at timestamptz;
