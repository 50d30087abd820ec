-- Row-level security on the event store for the app role: a transaction sees the events of a record only when its
-- user (app.user_id, set per command by CommandRowSecurity and per event by ActorRowSecurity) may read the record's
-- history, i.e. when the record's audit_state row is visible to it. audit_state has a row for every record of every
-- kind, deleted ones included, with the users who see it (owner, assignees, for a task its project's members), and is
-- itself under row-level security, so the subquery needs no user condition. Its primary key is a uuid: the cast of
-- the outer varchar keeps the lookup on that index. Loading an aggregate stays an index scan of the stream
-- (aggregate_identifier, sequence_number) with one primary-key lookup per event.
--
-- Appending: a record's first event (sequence 0) is written before its projector creates its audit_state row, in
-- the same transaction, so a new stream is always allowed (the unique key forbids a second sequence 0); every later
-- event needs the record to be visible to the transaction's user.
--
-- Not forced: the owner role (migrations, the cross-kind repair) works on every stream. The rebuild role reads them all.
alter table domain_event_entry enable row level security;
create policy domain_event_entry_visible on domain_event_entry for select to ${appRole}
    using (exists (select 1 from audit_state s where s.record_id = domain_event_entry.aggregate_identifier::uuid));
create policy domain_event_entry_append on domain_event_entry for insert to ${appRole}
    with check (sequence_number = 0
        or exists (select 1 from audit_state s where s.record_id = domain_event_entry.aggregate_identifier::uuid));
create policy domain_event_entry_rebuild on domain_event_entry for select to ${rebuildRole} using (true);

-- Snapshots (none are taken today) follow their record in the same way.
alter table snapshot_event_entry enable row level security;
create policy snapshot_event_entry_visible on snapshot_event_entry for select to ${appRole}
    using (exists (select 1 from audit_state s where s.record_id = snapshot_event_entry.aggregate_identifier::uuid));
create policy snapshot_event_entry_append on snapshot_event_entry for insert to ${appRole}
    with check (exists (select 1 from audit_state s where s.record_id = snapshot_event_entry.aggregate_identifier::uuid));
