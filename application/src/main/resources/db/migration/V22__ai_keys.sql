-- A workspace's language-model keys (read model of the AiKey events: provider, model, last four characters, ...)
-- and, apart from it, their ciphertexts: the event store keeps everything forever, a revoked key must be gone.
create table ai_key (
    id          uuid primary key,
    owner_id    uuid         not null,
    provider    varchar(30)  not null,
    label       varchar(100),
    model       varchar(200) not null,
    base_url    varchar(500),
    last4       varchar(4),
    is_default  boolean      not null,
    status      varchar(10)  not null,
    verified_at timestamptz,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);
create index ai_key_owner on ai_key (owner_id, created_at, id);

create table ai_key_secret (
    id         uuid primary key,
    owner_id   uuid        not null,
    ciphertext bytea       not null,
    updated_at timestamptz not null
);

alter table ai_key enable row level security;
alter table ai_key force row level security;
create policy ai_key_owner on ai_key using (owner_id = app_user_id()) with check (owner_id = app_user_id());
-- a read model: the rebuild (V18) empties and refills it; the ciphertexts are no projection and stay out of its reach
grant select, insert, update, delete on ai_key to ${rebuildRole};
create policy ai_key_rebuild on ai_key to ${rebuildRole} using (true) with check (true);

alter table ai_key_secret enable row level security;
alter table ai_key_secret force row level security;
create policy ai_key_secret_owner on ai_key_secret
    using (owner_id = app_user_id()) with check (owner_id = app_user_id());
