-- Rebuilding the read models (ProjectionRebuild) empties and refills whole tables, which no single user may see. It
-- runs in a process of its own (--crm.projections.rebuild=true, or the cross-kind repair), connected as
-- ${rebuildRole}: the role the web-serving app connects as (${appRole}) never holds it, and V7's app_rebuilding()
-- policies, which any transaction of the app role could turn on with set_config('app.rebuild', 'on', true), go.
-- The role may already exist (created by an operator). Without a password (an external database where
-- CRM_DB_REBUILD_PASSWORD was not set) it is created without login: give it one before running a rebuild.
do $$
begin
    if not exists (select from pg_roles where rolname = '${rebuildRole}') then
        if '${rebuildPassword}' = '' then
            create role ${rebuildRole} nologin nosuperuser nocreatedb nocreaterole;
        else
            create role ${rebuildRole} login password '${rebuildPassword}' nosuperuser nocreatedb nocreaterole;
        end if;
    end if;
end
$$;

-- What a rebuild does, and no more: read every event, empty the read models and the audit trail, write them again.
grant usage on schema public to ${rebuildRole};
grant select on domain_event_entry to ${rebuildRole};
grant select, insert, update, delete on contact, organization, project, task, audit_state, audit_entry
    to ${rebuildRole};

drop policy contact_rebuild on contact;
drop policy organization_rebuild on organization;
drop policy project_rebuild on project;
drop policy task_rebuild on task;
drop policy audit_state_rebuild on audit_state;
drop policy audit_entry_rebuild on audit_entry;
drop function app_rebuilding();

create policy contact_rebuild on contact to ${rebuildRole} using (true) with check (true);
create policy organization_rebuild on organization to ${rebuildRole} using (true) with check (true);
create policy project_rebuild on project to ${rebuildRole} using (true) with check (true);
create policy task_rebuild on task to ${rebuildRole} using (true) with check (true);
create policy audit_state_rebuild on audit_state to ${rebuildRole} using (true) with check (true);
create policy audit_entry_rebuild on audit_entry to ${rebuildRole} using (true) with check (true);
