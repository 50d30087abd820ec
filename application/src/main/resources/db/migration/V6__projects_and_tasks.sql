-- Projects are seen by their owner and assignees; tasks by whoever sees their project. Both tables carry the
-- members who see the row (member_ids), kept in step by the projectors, so the policy needs no join.
create table project (
    id                uuid primary key,
    owner_id          uuid         not null,
    name              varchar(200) not null,
    status            varchar(20)  not null,
    organization_id   uuid,
    organization_name varchar(200),
    assignee_ids      uuid[]       not null default '{}',
    member_ids        uuid[]       not null,
    due_date          date,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null,
    name_key          text generated always as (coalesce(lower(name), '')) stored,
    organization_key  text generated always as (coalesce(lower(organization_name), '')) stored,
    status_rank       int generated always as (array_position(array ['PLANNED', 'IN_PROGRESS', 'COMPLETED'], status::text)) stored,
    due_key           date generated always as (coalesce(due_date, 'infinity'::date)) stored,
    search_text       text generated always as (lower(name || ' ' || coalesce(organization_name, ''))) stored
);
create index project_members on project using gin (member_ids);
create index project_assignees on project using gin (assignee_ids);
create index project_name on project (name_key, id);
create index project_updated on project (updated_at, id);
create index project_due on project (due_key, id);
create index project_organization on project (organization_id) where organization_id is not null;
create index project_search on project using gin (search_text gin_trgm_ops);

alter table project enable row level security;
alter table project force row level security;
create policy project_members on project
    using (app_user_id() = any (member_ids)) with check (app_user_id() = any (member_ids));

create table task (
    id          uuid primary key,
    project_id  uuid         not null,
    owner_id    uuid         not null,
    name        varchar(200) not null,
    status      varchar(20)  not null,
    priority    varchar(10)  not null,
    assignee_id uuid,
    due_date    date,
    member_ids  uuid[]       not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null,
    name_key      text generated always as (coalesce(lower(name), '')) stored,
    status_rank   int generated always as (array_position(array ['TODO', 'IN_PROGRESS', 'DONE'], status::text)) stored,
    priority_rank int generated always as (array_position(array ['LOW', 'MEDIUM', 'HIGH', 'URGENT'], priority::text)) stored,
    due_key       date generated always as (coalesce(due_date, 'infinity'::date)) stored,
    search_text text generated always as (lower(name)) stored
);
create index task_members on task using gin (member_ids);
create index task_project on task (project_id, name_key, id);
create index task_name on task (name_key, id);
create index task_due on task (due_key, id);
create index task_updated on task (updated_at, id);
create index task_assignee on task (assignee_id) where assignee_id is not null;
create index task_search on task using gin (search_text gin_trgm_ops);

alter table task enable row level security;
alter table task force row level security;
create policy task_members on task
    using (app_user_id() = any (member_ids)) with check (app_user_id() = any (member_ids));
