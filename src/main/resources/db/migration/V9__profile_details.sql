-- Languages and employment history on freelancer profiles, in the order the freelancer put them.
create table profile_freelancer_language (
    user_id       bigint      not null references profile_freelancer (user_id) on delete cascade,
    position      int         not null,
    language_code varchar(3)  not null,
    level         varchar(20) not null check (level in ('BASIC', 'CONVERSATIONAL', 'FLUENT', 'NATIVE')),
    primary key (user_id, position)
);

create table profile_freelancer_employment (
    user_id     bigint       not null references profile_freelancer (user_id) on delete cascade,
    position    int          not null,
    company     varchar(100) not null,
    role        varchar(100) not null,
    start_month date         not null,
    end_month   date,
    primary key (user_id, position),
    constraint profile_employment_dates_ck check (end_month is null or end_month >= start_month)
);

-- Set by the payments module once a client has paid successfully; job pages show it as a badge.
alter table profile_client add column payment_verified boolean not null default false;
