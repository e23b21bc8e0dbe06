-- Where the work happens, who may see the job, and its edit count.
alter table job
    add column location_kind       varchar(10) not null default 'ANYWHERE'
        check (location_kind in ('ANYWHERE', 'COUNTRIES', 'ON_SITE')),
    add column onsite_city         varchar(100),
    add column onsite_country_code varchar(2),
    add column onsite_latitude     double precision,
    add column onsite_longitude    double precision,
    add column radius_km           int not null default 0 check (radius_km between 0 and 500),
    add column visibility          varchar(12) not null default 'PUBLIC' check (visibility in ('PUBLIC', 'INVITE_ONLY')),
    add column revision            int not null default 1 check (revision >= 1);
alter table job add constraint job_onsite_ck check (
    (location_kind = 'ON_SITE') = (onsite_city is not null and onsite_country_code is not null
        and onsite_latitude is not null and onsite_longitude is not null and radius_km > 0));

-- Remote work restricted to these countries.
create table job_country (
    job_id       bigint     not null references job (id) on delete cascade,
    country_code varchar(2) not null,
    primary key (job_id, country_code)
);

-- Up to five questions every proposal answers, in the client's order.
create table job_question (
    job_id   bigint       not null references job (id) on delete cascade,
    position int          not null check (position between 0 and 4),
    text     varchar(300) not null,
    primary key (job_id, position)
);

-- What an open job said before each edit, so a client can read the version a proposal answered.
create table job_revision (
    id          bigint generated always as identity primary key,
    job_id      bigint      not null references job (id) on delete cascade,
    revision    int         not null,
    content     jsonb       not null,
    replaced_at timestamptz not null,
    unique (job_id, revision)
);

-- Freelancers a client asked to apply; the only ones who can see an invite-only job.
create table job_invitation (
    id            bigint generated always as identity primary key,
    job_id        bigint      not null references job (id) on delete cascade,
    freelancer_id bigint      not null references account_user (id) on delete cascade,
    message       text        not null,
    invited_at    timestamptz not null,
    unique (job_id, freelancer_id)
);
create index job_invitation_freelancer_idx on job_invitation (freelancer_id, invited_at desc);

-- The job revision a proposal answered.
alter table proposal add column job_revision int not null default 1;

-- A proposal's answers to the job's screening questions, in the questions' order.
create table proposal_answer (
    proposal_id bigint        not null references proposal (id) on delete cascade,
    position    int           not null,
    text        varchar(2000) not null,
    primary key (proposal_id, position)
);
