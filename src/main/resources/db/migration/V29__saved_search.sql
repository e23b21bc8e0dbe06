-- A freelancer's saved job searches, and the alerts a newly published job matching one of them raised.
-- See docs/decisions/0020-talent-search-and-saved-searches.md.
create table saved_search (
    id            bigint generated always as identity primary key,
    freelancer_id bigint       not null references account_user (id) on delete cascade,
    name          varchar(80)  not null,
    -- The job search (JobQuery without paging) as JSON, as the search service reads it.
    query         jsonb        not null,
    created_at    timestamptz  not null
);
create index saved_search_freelancer_idx on saved_search (freelancer_id, created_at desc, id desc);

create table saved_search_alert (
    id              bigint generated always as identity primary key,
    saved_search_id bigint      not null references saved_search (id) on delete cascade,
    freelancer_id   bigint      not null references account_user (id) on delete cascade,
    job_id          bigint      not null references job (id) on delete cascade,
    created_at      timestamptz not null,
    read_at         timestamptz,
    -- A job alerts a saved search once, however often the matching runs (retries, republishing).
    constraint saved_search_alert_once_uq unique (saved_search_id, job_id)
);
create index saved_search_alert_freelancer_idx on saved_search_alert (freelancer_id, created_at desc, id desc);
create index saved_search_alert_unread_idx on saved_search_alert (freelancer_id) where read_at is null;
