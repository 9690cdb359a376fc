-- Which event a performance belongs to, for the on-sale, which is asked for a performance alone. A row is
-- written in the transaction that opens the performance's inventory partitions, so a performance that can be
-- held from always has one.
/* [jooq ignore start] */
create table command.opened_performance (
    performance_id uuid not null primary key,
    tenant_id      uuid not null,
    event_id       uuid not null
);
/* [jooq ignore stop] */
