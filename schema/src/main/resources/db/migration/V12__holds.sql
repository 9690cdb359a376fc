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

-- The stream position of the last change of a seat's status, so that a redelivered hold or release never undoes
-- a later one. Seats opened before any hold count from position 0.
alter table read.seat_status add column position bigint not null default 0;
