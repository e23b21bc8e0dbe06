-- Set when a cover letter is nearly the same as one the freelancer sent to another job.
alter table proposal add column generic boolean not null default false;
