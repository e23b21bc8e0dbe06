-- Copies of the bundled taxonomy (filled on start), so that jobs and profiles can reference skills.
create table taxonomy_category (
    code    varchar(60)  primary key,
    name_en varchar(100) not null,
    name_de varchar(100) not null
);

create table taxonomy_skill (
    slug          varchar(80)  primary key,
    name          varchar(100) not null,
    category_code varchar(60)  not null references taxonomy_category (code)
);
