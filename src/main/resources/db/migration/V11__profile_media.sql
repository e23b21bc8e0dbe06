-- Profile pictures, resumes, logos and portfolios. The files module owns the files; profiles keep
-- their ids, plus the public image addresses (content-hashed, permanent) so lists need no look-ups.
alter table profile_freelancer
    add column photo_file_id   uuid,
    add column photo_url       varchar(300),
    add column resume_file_id  uuid;

alter table profile_client
    add column logo_file_id uuid,
    add column logo_url     varchar(300);

create table profile_portfolio_item (
    id          bigint generated always as identity primary key,
    user_id     bigint        not null references profile_freelancer (user_id) on delete cascade,
    title       varchar(100)  not null,
    description varchar(1000) not null,
    link        varchar(500),
    created_at  timestamptz   not null
);
create index profile_portfolio_user_idx on profile_portfolio_item (user_id, created_at desc);

create table profile_portfolio_image (
    item_id       bigint       not null references profile_portfolio_item (id) on delete cascade,
    position      int          not null,
    file_id       uuid         not null,
    url           varchar(300) not null,
    thumbnail_url varchar(300) not null,
    primary key (item_id, position)
);

-- Files attached to a job (briefs, mock-ups), in the client's order.
create table job_attachment (
    job_id   bigint not null references job (id) on delete cascade,
    position int    not null,
    file_id  uuid   not null,
    primary key (job_id, position)
);
