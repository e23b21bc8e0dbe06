-- A client may say why a proposal was declined; the freelancer reads it.
alter table proposal add column decline_reason varchar(1000);
