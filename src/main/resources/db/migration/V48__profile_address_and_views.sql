-- A freelancer's own profile address (/u/{slug}, a Plus feature) and daily counts of views of public profiles
-- (decision 29).

create table profile_address (
    user_id    bigint      primary key references account_user (id),
    slug       varchar(30) not null unique check (slug ~ '^[a-z0-9](?:[a-z0-9-]{1,28})[a-z0-9]$'),
    updated_at timestamptz not null
);

-- One row per freelancer and day, counted up by an upsert: cheap enough for every page view.
create table profile_view_day (
    freelancer_id bigint  not null references account_user (id),
    day           date    not null,
    views         integer not null check (views > 0),
    primary key (freelancer_id, day)
);
