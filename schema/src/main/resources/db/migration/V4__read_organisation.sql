-- One row per organisation (tenant), see docs/tenancy.md.
create table read.organisation (
    tenant_id        uuid                     not null primary key,
    name             varchar(200)             not null,
    slug             varchar(63)              not null unique,
    default_currency varchar(3)               not null,
    time_zone        varchar(64)              not null,
    locale           varchar(64)              not null,
    display_name     varchar(200)             not null,
    logo_url         varchar(2048),
    primary_colour   varchar(7),
    accent_colour    varchar(7),
    custom_domain    varchar(253),
    status           varchar(16)              not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    position         bigint                   not null
);

-- Row-level security: the query side reads as admitone_reader with admitone.tenant_id set for its
-- transaction, and then sees only that tenant's rows even if a query forgets to filter; without a tenant
-- it sees nothing. FORCE subjects the owner (the projections) to policies too, so every role's access is a
-- named policy; projection_writer is the owner's. See docs/tenancy.md.
/* [jooq ignore start] */
do $$
begin
    if not exists (select from pg_roles where rolname = 'admitone_reader') then
        create role admitone_reader nologin;
    end if;
exception
    -- another database of the same cluster created it at the same moment
    when duplicate_object or unique_violation then null;
end
$$;

grant usage on schema read to admitone_reader;
grant select on all tables in schema read to admitone_reader;
alter default privileges in schema read grant select on tables to admitone_reader;
grant admitone_reader to current_user;

-- Every read table with a tenant_id column goes under the same two policies, through this one function.
create function read.isolate_by_tenant(read_table regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', read_table);
    execute format('alter table %s force row level security', read_table);
    execute format('create policy tenant_isolation on %s for select to admitone_reader '
                   'using (tenant_id = nullif(current_setting(''admitone.tenant_id'', true), '''')::uuid)', read_table);
    execute format('create policy projection_writer on %s for all to %I using (true) with check (true)',
                   read_table, current_user);
end
$$;

select read.isolate_by_tenant('read.organisation');
/* [jooq ignore stop] */
