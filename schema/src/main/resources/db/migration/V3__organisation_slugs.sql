-- The command side's own lookup tables, which it needs to decide on commands across aggregates. The read
-- side never uses them, so jOOQ generates nothing for them.
/* [jooq ignore start] */
create schema if not exists command;

-- Which organisation holds which slug; the primary key keeps slugs unique even between concurrent
-- creations. Rows are written in the transaction that stores the OrganisationCreated event.
create table command.organisation_slug (
    slug      varchar(63) not null primary key,
    tenant_id uuid        not null unique
);
/* [jooq ignore stop] */
