-- Full rebuilds of the search index and how far they got (admins follow them; every node sees the same rows).
create table search_reindex (
    id           bigint generated always as identity primary key,
    reason       varchar(10) not null check (reason in ('ADMIN', 'STARTUP')),
    requested_at timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    total        bigint      not null default 0,
    done         bigint      not null default 0,
    failure      text,
    -- The index schema the run builds; a start with another schema rebuilds again.
    fingerprint  varchar(64) not null
);
