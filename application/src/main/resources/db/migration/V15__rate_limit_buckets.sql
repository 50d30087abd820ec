-- Sign-in rate limits shared by every app node (Bucket4j's PostgreSQL proxy manager). Keys are a client address or
-- a SHA-256 of an e-mail address, never a user's data, so the table has no row-level security (docs/security.md).
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
