-- Rebuilding the read models from the event store (ProjectionRebuild) resets whole tables, which no single user
-- may see. A transaction that declares itself a rebuild (set_config('app.rebuild', 'on', true)) gets this extra,
-- permissive policy. It guards nothing the application role could not do by setting app.user_id itself:
-- row-level security here protects against forgotten filters, not against the application's own code.
create function app_rebuilding() returns boolean
    language sql stable
as $$ select coalesce(current_setting('app.rebuild', true), '') = 'on' $$;

create policy contact_rebuild on contact using (app_rebuilding()) with check (app_rebuilding());
create policy organization_rebuild on organization using (app_rebuilding()) with check (app_rebuilding());
create policy project_rebuild on project using (app_rebuilding()) with check (app_rebuilding());
create policy task_rebuild on task using (app_rebuilding()) with check (app_rebuilding());
create policy audit_state_rebuild on audit_state using (app_rebuilding()) with check (app_rebuilding());
create policy audit_entry_rebuild on audit_entry using (app_rebuilding()) with check (app_rebuilding());
