-- One user action (a confirmed proposal of the assistant, one tool call) may issue several commands; each event
-- carries its id, so history groups them and undo reverts them as a whole, in reverse order.
alter table audit_entry add column action_id uuid;
create index audit_entry_action on audit_entry (action_id, id) where action_id is not null;

-- What the assistant did or proposes in a conversation, as the chat shows it: done (undoable), or waiting for the
-- user's confirmation (a delete), until confirmed, cancelled or expired. Private to its user.
create table assistant_action (
    id              uuid primary key,
    owner_id        uuid         not null,
    conversation_id uuid         not null references conversation (id) on delete cascade,
    verb            varchar(10)  not null check (verb in ('CREATE', 'UPDATE', 'DELETE')),
    status          varchar(10)  not null check (status in ('DONE', 'PENDING', 'CANCELLED', 'EXPIRED', 'UNDONE')),
    record_type     varchar(64)  not null,
    record_id       uuid         not null,
    summary         varchar(500) not null,
    -- for a pending action, the version of the record the user was shown: confirm acts only on that version
    base_version    bigint,
    created_at      timestamptz  not null,
    expires_at      timestamptz,
    decided_at      timestamptz,
    undo_action_id  uuid
);
create index assistant_action_conversation on assistant_action (conversation_id, created_at);
create index assistant_action_pending on assistant_action (expires_at) where status = 'PENDING';

alter table assistant_action enable row level security;
alter table assistant_action force row level security;
create policy assistant_action_owner on assistant_action
    using (owner_id = app_user_id()) with check (owner_id = app_user_id());
