-- pgbench custom script: the database work of one POST /api/contacts, without the application. bench/run.sh runs it
-- with -M prepared (as the JDBC driver sends statements), as the application role (row-level security applies) and
-- -D owner=<the bench user's id>. One transaction with the statements the create path sends: the acting user and a
-- new id, the event, the read-model row (8 indexes, one of them the trigram index), the audit state and entry, the
-- read-back.
\set n random(1, 100000000)
BEGIN;
SELECT set_config('app.user_id', :owner::text, true), gen_random_uuid() AS id \gset
INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                payload_type, payload_revision, payload, meta_data)
VALUES (gen_random_uuid()::text, :id::text, 0, 'Contact',
        (to_json(date_trunc('milliseconds', now() at time zone 'UTC')) #>> '{}') || 'Z',
        'dev.crm.domain.contact.ContactCreated', NULL,
        convert_to(json_build_object('contactId', :id::text, 'ownerId', :owner::text, 'details', json_build_object(
            'name', 'Bench Contact ' || :n::text, 'email', 'bench' || :n::text || '@example.com',
            'phone', '+44 20 7946 0830', 'jobPosition', 'Operations Analyst', 'organization', 'Falcon Aerospace'))::text,
            'UTF8'),
        convert_to(json_build_object('channel', 'api', 'userId', :owner::text)::text, 'UTF8'));
INSERT INTO contact (id, owner_id, name, email, phone, job_position, organization, created_at, updated_at, version)
VALUES (:id::uuid, :owner::uuid, 'Bench Contact ' || :n::text, 'bench' || :n::text || '@example.com',
        '+44 20 7946 0830', 'Operations Analyst', 'Falcon Aerospace', now(), now(), 1);
INSERT INTO audit_state (record_id, owner_id, parent_id, visible_to, state)
VALUES (:id::uuid, :owner::uuid, NULL, ARRAY[:owner::uuid],
        jsonb_build_object('name', 'Bench Contact ' || :n::text, 'email', 'bench' || :n::text || '@example.com',
            'phone', '+44 20 7946 0830', 'jobPosition', 'Operations Analyst', 'organization', 'Falcon Aerospace'))
ON CONFLICT (record_id) DO UPDATE SET visible_to = excluded.visible_to, state = excluded.state;
INSERT INTO audit_entry (record_type, record_id, version, occurred_at, actor_id, channel, conversation_id, event_type,
                         changes)
VALUES ('Contact', :id::uuid, 1, now(), :owner::uuid, 'api', NULL, 'ContactCreated',
        jsonb_build_array(
            jsonb_build_object('field', 'name', 'oldValue', NULL, 'newValue', 'Bench Contact ' || :n::text),
            jsonb_build_object('field', 'email', 'oldValue', NULL, 'newValue', 'bench' || :n::text || '@example.com'),
            jsonb_build_object('field', 'phone', 'oldValue', NULL, 'newValue', '+44 20 7946 0830'),
            jsonb_build_object('field', 'jobPosition', 'oldValue', NULL, 'newValue', 'Operations Analyst'),
            jsonb_build_object('field', 'organization', 'oldValue', NULL, 'newValue', 'Falcon Aerospace')))
ON CONFLICT (record_id, version) DO NOTHING;
SELECT id, name, email, phone, job_position, organization, created_at, updated_at, version
FROM contact WHERE id = :id::uuid AND owner_id = :owner::uuid;
COMMIT;
