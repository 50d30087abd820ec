create table organization (
    id          uuid primary key,
    owner_id    uuid         not null,
    name        varchar(200) not null,
    description varchar(5000),
    industry    varchar(100),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null,
    name_key     text generated always as (coalesce(lower(name), '')) stored,
    industry_key text generated always as (coalesce(lower(industry), '')) stored,
    search_text text generated always as (
        lower(name || ' ' || coalesce(industry, '') || ' ' || coalesce(description, ''))
        ) stored
);
create index organization_owner_name on organization (owner_id, name_key, id);
create index organization_owner_industry on organization (owner_id, industry_key, id);
create index organization_owner_updated on organization (owner_id, updated_at, id);
create index organization_owner_created on organization (owner_id, created_at, id);
create index organization_search on organization using gin (search_text gin_trgm_ops);

alter table organization enable row level security;
alter table organization force row level security;
create policy organization_owner on organization
    using (owner_id = app_user_id()) with check (owner_id = app_user_id());
