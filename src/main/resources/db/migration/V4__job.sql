create table job (
    id               bigint generated always as identity primary key,
    version          bigint       not null default 0,
    client_id        bigint       not null references account_user (id) on delete cascade,
    title            varchar(120) not null,
    description      text         not null,
    category_code    varchar(60)  not null references taxonomy_category (code),
    type             varchar(10)  not null check (type in ('FIXED', 'HOURLY')),
    currency         varchar(3)     not null,
    budget_minor     bigint check (budget_minor > 0),
    rate_min_minor   bigint check (rate_min_minor > 0),
    rate_max_minor   bigint check (rate_max_minor > 0),
    experience_level varchar(20)  not null,
    duration         varchar(30)  not null,
    state            varchar(10)  not null check (state in ('DRAFT', 'OPEN', 'CLOSED')),
    created_at       timestamptz  not null,
    published_at     timestamptz,
    -- A fixed-price job has a budget; an hourly job has a rate range, lowest first.
    constraint job_terms_ck check (
        (type = 'FIXED' and budget_minor is not null and rate_min_minor is null and rate_max_minor is null)
        or (type = 'HOURLY' and budget_minor is null and rate_min_minor is not null
            and rate_max_minor is not null and rate_min_minor <= rate_max_minor))
);
create index job_open_idx on job (published_at desc, id desc) where state = 'OPEN';
create index job_client_idx on job (client_id, created_at desc);

create table job_skill (
    job_id     bigint      not null references job (id) on delete cascade,
    skill_slug varchar(80) not null references taxonomy_skill (slug),
    position   int         not null,
    primary key (job_id, skill_slug)
);
