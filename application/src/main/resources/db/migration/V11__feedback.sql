-- Feedback is per-user data: its author sees it, and so does the owner of the author's workspace (copied onto the
-- row when it is written, so the policy needs no join). Anybody else sees nothing, whatever the query says.
create table feedback (
    id              uuid primary key,
    author_id       uuid          not null references app_user (id),
    workspace_id    uuid          not null references workspace (id),
    workspace_owner uuid          not null,
    category        varchar(16)   not null check (category in ('BUG', 'IDEA', 'QUESTION', 'OTHER')),
    message         varchar(5000) not null,
    created_at      timestamptz   not null,
    attachment_name varchar(255),
    attachment_type varchar(100),
    attachment_size integer,
    attachment      bytea,
    check ((attachment is null) = (attachment_name is null)
        and (attachment is null) = (attachment_type is null)
        and (attachment is null) = (attachment_size is null)),
    check (attachment_size is null or attachment_size between 1 and 2097152)
);
create index feedback_workspace_created on feedback (workspace_id, created_at, id);
create index feedback_author_created on feedback (author_id, created_at, id);

alter table feedback enable row level security;
alter table feedback force row level security;
create policy feedback_author on feedback
    using (author_id = app_user_id())
    with check (author_id = app_user_id());
create policy feedback_workspace_owner on feedback for select
    using (workspace_owner = app_user_id());
