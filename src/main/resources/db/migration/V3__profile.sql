create table profile_freelancer (
    user_id           bigint primary key references account_user (id) on delete cascade,
    title             varchar(120) not null,
    overview          text         not null,
    hourly_rate_minor bigint       not null check (hourly_rate_minor > 0),
    currency          varchar(3)     not null,
    experience_level  varchar(20)  not null,
    city              varchar(100) not null,
    country_code      varchar(2)     not null,
    latitude          double precision not null,
    longitude         double precision not null,
    time_zone         varchar(60)  not null,
    hours_per_week    int          not null check (hours_per_week between 1 and 80),
    available_now     boolean      not null,
    created_at        timestamptz  not null
);

create table profile_freelancer_skill (
    user_id    bigint      not null references profile_freelancer (user_id) on delete cascade,
    skill_slug varchar(80) not null references taxonomy_skill (slug),
    position   int         not null,
    primary key (user_id, skill_slug)
);

create table profile_client (
    user_id      bigint primary key references account_user (id) on delete cascade,
    company_name varchar(120),
    description  text,
    city         varchar(100) not null,
    country_code varchar(2)     not null,
    latitude     double precision not null,
    longitude    double precision not null,
    created_at   timestamptz  not null
);
