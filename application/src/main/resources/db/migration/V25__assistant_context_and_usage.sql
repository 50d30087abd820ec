-- Long conversations: the turns that no longer fit the model's window are summarized (by the same model) into the
-- conversation, up to a message position; the turns after it are sent as they are.
alter table conversation add column summary text;
alter table conversation add column summary_upto int not null default 0;
alter table conversation add column tokens_in bigint not null default 0;
alter table conversation add column tokens_out bigint not null default 0;

-- Tokens the provider counted, per workspace and month, added to by every member's turns; an optional monthly budget
-- per workspace, past which the assistant says so instead of calling the provider.
alter table workspace add column monthly_token_budget bigint check (monthly_token_budget > 0);

create table ai_usage (
    workspace_id uuid   not null references workspace (id),
    month        date   not null,
    tokens_in    bigint not null default 0,
    tokens_out   bigint not null default 0,
    turns        bigint not null default 0,
    primary key (workspace_id, month)
);

alter table ai_usage enable row level security;
alter table ai_usage force row level security;
-- a member's transaction sees and adds to its own workspace's row only
create policy ai_usage_member on ai_usage
    using (workspace_id = (select u.workspace_id from app_user u where u.id = app_user_id()))
    with check (workspace_id = (select u.workspace_id from app_user u where u.id = app_user_id()));
