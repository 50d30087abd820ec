-- The assistant's conversations: private to their user, like everything else under row-level security.
create table conversation (
    id         uuid primary key,
    owner_id   uuid         not null,
    title      varchar(200) not null,
    created_at timestamptz  not null,
    updated_at timestamptz  not null
);
create index conversation_owner_updated on conversation (owner_id, updated_at desc, id);

create table conversation_message (
    conversation_id uuid        not null references conversation (id) on delete cascade,
    position        int         not null,
    owner_id        uuid        not null,
    role            varchar(20) not null,
    content         text        not null,
    created_at      timestamptz not null,
    primary key (conversation_id, position)
);

alter table conversation enable row level security;
alter table conversation force row level security;
create policy conversation_owner on conversation
    using (owner_id = app_user_id()) with check (owner_id = app_user_id());
alter table conversation_message enable row level security;
alter table conversation_message force row level security;
create policy conversation_message_owner on conversation_message
    using (owner_id = app_user_id()) with check (owner_id = app_user_id());
