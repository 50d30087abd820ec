-- The event store is the system of record: the app role may append to it and read it, never change or remove an
-- event (a repair runs as the owner, see CrossKindEvents). Default privileges (V1) had granted update and delete.
revoke update, delete, truncate on domain_event_entry, snapshot_event_entry from ${appRole};
