-- Access tokens carry the generation of their user's tokens at issue; signing out, changing the password or a
-- replayed refresh token advances it, which ends every access token issued before.
alter table app_user add column token_generation bigint not null default 0;
