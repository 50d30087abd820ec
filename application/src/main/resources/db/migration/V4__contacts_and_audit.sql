-- Read models are owned rows: each policy lets a transaction see and write only the rows of the user it acts
-- as (set_config('app.user_id', ..., true)); with no user set it sees nothing.
create function app_user_id() returns uuid
    language sql stable
as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

create table contact (
    id           uuid primary key,
    owner_id     uuid         not null,
    name         varchar(200) not null,
    email        varchar(254),
    phone        varchar(40),
    job_position varchar(200),
    organization varchar(200),
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null,
    search_text  text generated always as (
        lower(name || ' ' || coalesce(email, '') || ' ' || coalesce(organization, '') || ' ' || coalesce(job_position, ''))
        ) stored
);
create index contact_owner_name on contact (owner_id, (coalesce(lower(name), '')), id);
create index contact_owner_email on contact (owner_id, (coalesce(lower(email), '')), id);
create index contact_owner_organization on contact (owner_id, (coalesce(lower(organization), '')), id);
create index contact_owner_updated on contact (owner_id, updated_at, id);
create index contact_owner_created on contact (owner_id, created_at, id);
create index contact_search on contact using gin (search_text gin_trgm_ops);

alter table contact enable row level security;
alter table contact force row level security;
create policy contact_owner on contact using (owner_id = app_user_id()) with check (owner_id = app_user_id());

create table audit_entry (
    id              bigint generated always as identity primary key,
    record_type     varchar(64)  not null,
    record_id       uuid         not null,
    owner_id        uuid         not null,
    version         bigint       not null,
    occurred_at     timestamptz  not null,
    actor_id        uuid         not null,
    channel         varchar(16)  not null,
    conversation_id varchar(100),
    event_type      varchar(100) not null,
    changes         jsonb        not null,
    unique (record_id, version)
);

alter table audit_entry enable row level security;
alter table audit_entry force row level security;
create policy audit_entry_owner on audit_entry using (owner_id = app_user_id()) with check (owner_id = app_user_id());

create table audit_state (
    record_id uuid primary key,
    owner_id  uuid  not null,
    state     jsonb not null
);

alter table audit_state enable row level security;
alter table audit_state force row level security;
create policy audit_state_owner on audit_state using (owner_id = app_user_id()) with check (owner_id = app_user_id());
