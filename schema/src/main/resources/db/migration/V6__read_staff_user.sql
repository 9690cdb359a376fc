-- One row per staff user, see docs/identity.md. Staff users belong to the platform rather than to one tenant (a
-- user may be a member of several organisations, or of none, like the platform admin), so this table has no
-- tenant column and no tenant policy; what a user may see of a tenant follows from staff_membership.
create table read.staff_user (
    user_id        uuid                     not null primary key,
    email          varchar(254)             not null unique,
    display_name   varchar(200)             not null,
    status         varchar(16)              not null,
    platform_admin boolean                  not null,
    password_hash  varchar(255),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    position       bigint                   not null
);

-- One row per membership of a staff user in an organisation, with the roles of docs/identity.md.
-- The member's e-mail and name are copied here so that an organisation's member list is read under its own
-- row-level security, without access to read.staff_user.
create table read.staff_membership (
    user_id      uuid         not null,
    tenant_id    uuid         not null,
    email        varchar(254) not null,
    display_name varchar(200) not null,
    roles        text[]       not null,
    primary key (user_id, tenant_id)
);
create index staff_membership_tenant_idx on read.staff_membership (tenant_id);

-- Row-level security as on read.organisation (V4): the reader sees only the memberships of the tenant set for
-- its transaction, the owner (the projections) sees and writes all. admitone_reader already exists and gets
-- select on this table through V4's default privileges.
/* [jooq ignore start] */
select read.isolate_by_tenant('read.staff_membership');

-- Sign-in reads staff users as the owner; the tenant-scoped reader has no business with password hashes.
revoke all on read.staff_user from admitone_reader;
/* [jooq ignore stop] */
