create table workspace (
    id         uuid primary key,
    name       varchar(200) not null,
    owner_id   uuid         not null,
    created_at timestamptz  not null
);

create table app_user (
    id            uuid primary key,
    workspace_id  uuid         not null references workspace (id),
    email         varchar(254) not null unique,
    name          varchar(100) not null,
    password_hash varchar(200) not null,
    time_zone     varchar(64)  not null default 'UTC',
    created_at    timestamptz  not null
);
create index app_user_workspace on app_user (workspace_id);

create table refresh_token (
    token_hash varchar(64) primary key,
    user_id    uuid        not null references app_user (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz
);
create index refresh_token_user on refresh_token (user_id) where revoked_at is null;
