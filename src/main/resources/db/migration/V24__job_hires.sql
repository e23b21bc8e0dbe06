-- Hires per job, counted from accepted offers (with or without a proposal), for the client's public track record.
alter table job add column hires int not null default 0 check (hires >= 0);
update job j set hires = (select count(*) from contract c where c.job_id = j.id);
