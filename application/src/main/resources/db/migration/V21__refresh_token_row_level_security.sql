-- Refresh tokens under row-level security. A transaction sees the tokens of the user it acts as (app.user_id: issuing
-- one at sign-in, revoking them all), or the one token whose hash it presents (app.refresh_token_hash, which
-- RefreshTokenService sets before looking a token up by its hash, before anyone is signed in: /api/auth/refresh and
-- sign-out). Presenting a hash takes knowing the token, which redeeming it takes anyway. Without either a transaction
-- sees no token. A new token can only be written for the acting user. Nothing deletes tokens.
create function app_refresh_token_hash() returns text
    language sql stable
as $$ select nullif(current_setting('app.refresh_token_hash', true), '') $$;

alter table refresh_token enable row level security;
alter table refresh_token force row level security;
create policy refresh_token_read on refresh_token for select
    using (user_id = app_user_id() or token_hash = app_refresh_token_hash());
create policy refresh_token_revoke on refresh_token for update
    using (user_id = app_user_id() or token_hash = app_refresh_token_hash())
    with check (user_id = app_user_id() or token_hash = app_refresh_token_hash());
create policy refresh_token_issue on refresh_token for insert
    with check (user_id = app_user_id());
