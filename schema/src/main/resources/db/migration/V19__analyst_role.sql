-- Analysts: read-only database logins, each bound to one tenant, for SQL over the read models (see
-- docs/read-models.md, "Analysts"). The query side's policies trust admitone.tenant_id, which any session may set
-- for itself; an analyst's tenant comes instead from read.analyst_tenant, keyed by the login (session_user), which
-- neither set_config nor SET ROLE changes. Analysts read what the query side reads, minus token digests, and have
-- no access to the command schema or the Axon tables.
/* [jooq ignore start] */
do $$
begin
    if not exists (select from pg_roles where rolname = 'admitone_analyst') then
        create role admitone_analyst nologin;
    end if;
exception
    -- another database of the same cluster created it at the same moment
    when duplicate_object or unique_violation then null;
end
$$;

create table read.analyst_tenant (
    role_name  name                     not null primary key,
    tenant_id  uuid                     not null,
    created_at timestamp with time zone not null default now()
);
-- V4's default privileges gave the tenant-scoped reader this table; it has no business with it. Row-level security
-- as on every table with a tenant column, so that only the owner reads it (the function below does so for analysts).
revoke all on read.analyst_tenant from admitone_reader;
select read.isolate_by_tenant('read.analyst_tenant');

-- The tenant of the analyst logged in, or null (no rows) for anyone else.
create function read.analyst_tenant_id() returns uuid
    language sql stable security definer set search_path = pg_catalog, read as $$
    select tenant_id from read.analyst_tenant where role_name = session_user
$$;
revoke all on function read.analyst_tenant_id() from public;
grant execute on function read.analyst_tenant_id() to admitone_analyst;

grant usage on schema read to admitone_analyst;

-- Opens a tenant table to analysts: the columns the query side's reader may select except digests (*_hash),
-- under a policy that shows the analyst's own tenant only.
create function read.open_to_analysts(read_table regclass) returns void language plpgsql as $$
declare
    readable text;
begin
    select string_agg(quote_ident(p.column_name), ', ' order by p.column_name) into readable
    from information_schema.column_privileges p
    join pg_class c on c.relname = p.table_name
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = p.table_schema
    where c.oid = read_table and p.grantee = 'admitone_reader' and p.privilege_type = 'SELECT'
      and p.column_name not like '%\_hash';
    if readable is not null then
        execute format('grant select (%s) on %s to admitone_analyst', readable, read_table);
    end if;
    execute format('create policy analyst_tenant on %s for select to admitone_analyst '
                   'using (tenant_id = (select read.analyst_tenant_id()))', read_table);
end
$$;
revoke all on function read.open_to_analysts(regclass) from public;

-- Every tenant table so far (whichever migrations made them), and every later one through isolate_by_tenant.
select read.open_to_analysts(c.oid)
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = 'read' and c.relkind = 'r' and c.relrowsecurity and c.relname <> 'analyst_tenant'
  and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped);

create or replace function read.isolate_by_tenant(read_table regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', read_table);
    execute format('alter table %s force row level security', read_table);
    execute format('create policy tenant_isolation on %s for select to admitone_reader '
                   'using (tenant_id = nullif(current_setting(''admitone.tenant_id'', true), '''')::uuid)', read_table);
    execute format('create policy projection_writer on %s for all to %I using (true) with check (true)',
                   read_table, current_user);
    perform read.open_to_analysts(read_table);
end
$$;
revoke all on function read.isolate_by_tenant(regclass) from public;

-- Creates an analyst login for one tenant; run it as a role that may create roles (the database owner with
-- CREATEROLE, or a superuser). Remove one with read.drop_analyst_login.
create function read.create_analyst_login(login name, tenant uuid, password text) returns void
    language plpgsql security definer set search_path = pg_catalog, read as $$
begin
    execute format('create role %I login password %L in role admitone_analyst', login, password);
    insert into read.analyst_tenant (role_name, tenant_id) values (login, tenant);
end
$$;
revoke all on function read.create_analyst_login(name, uuid, text) from public;

create function read.drop_analyst_login(login name) returns void
    language plpgsql security definer set search_path = pg_catalog, read as $$
begin
    delete from read.analyst_tenant where role_name = login;
    execute format('drop role if exists %I', login);
end
$$;
revoke all on function read.drop_analyst_login(name) from public;
/* [jooq ignore stop] */
