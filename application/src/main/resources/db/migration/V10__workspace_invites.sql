-- Invitations to join a workspace. Only a SHA-256 hash of each code is kept; a code is spent by the registration
-- that uses it (used_at/used_by), in the same transaction that stores the new user. Like refresh_token, this is
-- account data read before anyone is signed in, so it has no row-level security.
create table workspace_invite (
    code_hash    varchar(64) primary key,
    workspace_id uuid        not null references workspace (id),
    created_by   uuid        not null references app_user (id),
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    -- checked at commit: the code is spent before the new user's row is written in the same transaction
    used_by      uuid references app_user (id) deferrable initially deferred,
    check ((used_at is null) = (used_by is null))
);
create index workspace_invite_workspace on workspace_invite (workspace_id);
