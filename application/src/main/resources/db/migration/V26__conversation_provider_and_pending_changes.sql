-- A user may talk to another of the workspace's providers than its default in one conversation; the conversation
-- keeps that choice for its next turns. Null: the workspace's default key.
alter table conversation add column provider text
    check (provider in ('ANTHROPIC', 'OPENAI', 'GEMINI', 'OPENAI_COMPATIBLE'));

-- Changes to more than one record are not made on the model's say-so: after a turn's first updated record, its
-- updates of further records are collected here, [{recordType, recordId, version, values}], into one pending action
-- the user confirms (or cancels) as a whole.
alter table assistant_action add column changes jsonb;
