-- What is left to sell of each performance, per inventory partition and price zone (see docs/catalog.md). A
-- seated partition has a row per price zone of its section; a standing slice has one row with price_zone ''.
-- Summing over a performance's rows gives its availability per section, zone or in total.
create table read.partition_availability (
    partition_id   uuid                     not null,
    price_zone     varchar(32)              not null,
    tenant_id      uuid                     not null,
    event_id       uuid                     not null,
    performance_id uuid                     not null,
    section        varchar(16)              not null,
    kind           varchar(16)              not null,
    capacity       integer                  not null,
    held           integer                  not null,
    sold           integer                  not null,
    updated_at     timestamp with time zone not null,
    position       bigint                   not null,
    primary key (partition_id, price_zone)
);
create index partition_availability_performance_idx on read.partition_availability (performance_id);

-- The status of every seat of a performance: FREE, HELD or SOLD. Where a seat is on the map comes from the
-- venue (read.venue_seat), joined by seat key.
create table read.seat_status (
    performance_id uuid                     not null,
    seat_key       varchar(50)              not null,
    tenant_id      uuid                     not null,
    partition_id   uuid                     not null,
    status         varchar(8)               not null,
    updated_at     timestamp with time zone not null,
    primary key (performance_id, seat_key)
);

/* [jooq ignore start] */
select read.isolate_by_tenant('read.partition_availability');
select read.isolate_by_tenant('read.seat_status');
/* [jooq ignore stop] */
