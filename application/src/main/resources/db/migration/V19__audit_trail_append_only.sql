-- The audit trail is append-only for the app role: it adds entries and reads them, never changes or removes one.
-- audit_state is the audit projector's working state (each record's last state and who may read its history): the
-- projector inserts it and updates it live (insert ... on conflict do update, visibility following a project's
-- assignees), but never deletes a row. Only a rebuild empties these tables, and it runs as the rebuild role (V18).
-- Default privileges (V1) had granted update and delete.
revoke update, delete, truncate on audit_entry from ${appRole};
revoke delete, truncate on audit_state from ${appRole};
