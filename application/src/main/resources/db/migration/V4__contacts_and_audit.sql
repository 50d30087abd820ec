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
    -- sort keys as plain columns: row-level security only lets leakproof comparisons of plain columns use an index
    name_key         text generated always as (coalesce(lower(name), '')) stored,
    email_key        text generated always as (coalesce(lower(email), '')) stored,
    organization_key text generated always as (coalesce(lower(organization), '')) stored,
    job_position_key text generated always as (coalesce(lower(job_position), '')) stored,
    search_text  text generated always as (
        lower(name || ' ' || coalesce(email, '') || ' ' || coalesce(organization, '') || ' ' || coalesce(job_position, ''))
        ) stored
);
create index contact_owner_name on contact (owner_id, name_key, id);
create index contact_owner_email on contact (owner_id, email_key, id);
create index contact_owner_organization on contact (owner_id, organization_key, id);
create index contact_owner_job_position on contact (owner_id, job_position_key, id);
create index contact_owner_updated on contact (owner_id, updated_at, id);
create index contact_owner_created on contact (owner_id, created_at, id);
create index contact_search on contact using gin (search_text gin_trgm_ops);

alter table contact enable row level security;
alter table contact force row level security;
create policy contact_owner on contact using (owner_id = app_user_id()) with check (owner_id = app_user_id());

-- The audit trail. Who may read a record's history follows the record: audit_state keeps, per record, its last
-- state, its parent (a task's project) and the users who see it; entries are visible when their record's state is.
create table audit_state (
    record_id  uuid primary key,
    owner_id   uuid   not null,
    parent_id  uuid,
    visible_to uuid[] not null,
    state      jsonb  not null
);
create index audit_state_parent on audit_state (parent_id) where parent_id is not null;

alter table audit_state enable row level security;
alter table audit_state force row level security;
create policy audit_state_visible on audit_state
    using (app_user_id() = any (visible_to)) with check (app_user_id() = any (visible_to));

create table audit_entry (
    id              bigint generated always as identity primary key,
    record_type     varchar(64)  not null,
    record_id       uuid         not null,
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
-- the subquery runs under audit_state's own policy: an entry is visible when its record is
create policy audit_entry_visible on audit_entry
    using (exists (select 1 from audit_state s where s.record_id = audit_entry.record_id))
    with check (exists (select 1 from audit_state s where s.record_id = audit_entry.record_id));
