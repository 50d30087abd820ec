-- Row-level security keeps conditions whose functions are not "leakproof" out of index scans, which turned every
-- ILIKE search into a full scan of the table. ILIKE (texticlike) can only fail on a malformed pattern; the
-- application escapes every pattern it sends, and the only SQL run as the application role is the application's
-- own, so marking it leakproof reveals nothing new. Only a superuser may do so; otherwise searches stay correct
-- but do not use the trigram indexes.
do $$
begin
    if (select rolsuper from pg_roles where rolname = current_user) then
        alter function texticlike(text, text) leakproof;
    else
        raise notice 'texticlike not marked leakproof (migrations not run by a superuser): searches will scan';
    end if;
end
$$;
