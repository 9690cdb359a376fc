-- One row per API key of an organisation, see docs/security.md. A secret key is kept as the SHA-256 digest of
-- the whole key; a publishable key is its kind's prefix and this table's prefix, so it has no digest.
create table read.api_key (
    key_id      uuid                     not null primary key,
    tenant_id   uuid                     not null,
    name        varchar(100)             not null,
    kind        varchar(16)              not null,
    roles       text[]                   not null,
    prefix      varchar(16)              not null unique,
    secret_hash varchar(64),
    created_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    position    bigint                   not null
);
create index api_key_tenant_idx on read.api_key (tenant_id, key_id);

-- The web origins of an organisation's storefronts, allowed to call the API from browsers (CORS).
alter table read.organisation add column storefront_origins text[] not null default '{}';

/* [jooq ignore start] */
select read.isolate_by_tenant('read.api_key');

-- Authentication looks keys up as the owner; the tenant-scoped reader may list them, but not their digests.
revoke all on read.api_key from admitone_reader;
grant select (key_id, tenant_id, name, kind, roles, prefix, created_at, revoked_at, position)
    on read.api_key to admitone_reader;
/* [jooq ignore stop] */
