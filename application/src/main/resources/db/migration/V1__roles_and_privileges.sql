-- The application connects as ${appRole}: neither superuser nor owner of any table, so row-level security
-- applies to it. Migrations run as the owner. The role may already exist (created by an operator).
do $$
begin
    if not exists (select from pg_roles where rolname = '${appRole}') then
        create role ${appRole} login password '${appPassword}' nosuperuser nocreatedb nocreaterole;
    end if;
end
$$;

grant usage on schema public to ${appRole};
alter default privileges in schema public grant select, insert, update, delete on tables to ${appRole};
alter default privileges in schema public grant usage, select on sequences to ${appRole};

create extension if not exists pg_trgm;
