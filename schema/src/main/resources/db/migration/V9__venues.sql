-- Venues and their seat maps, see docs/catalog.md. The events keep a seat map in compact form (rows with a seat
-- count or explicit labels); here it is expanded into one row per section and one row per seat, in map order, so
-- that seat maps, availability and analysts read plain rows.
create table read.venue (
    venue_id   uuid                     not null primary key,
    tenant_id  uuid                     not null,
    name       varchar(200)             not null,
    time_zone  varchar(64)              not null,
    city       varchar(100),
    address    varchar(500),
    seat_count integer                  not null,
    capacity   integer                  not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    position   bigint                   not null
);
create index venue_tenant_idx on read.venue (tenant_id, venue_id);

-- One row per section. A seated section's capacity is its seat count; a standing section has no seats.
create table read.venue_section (
    venue_id    uuid        not null,
    tenant_id   uuid        not null,
    name        varchar(16) not null,
    kind        varchar(16) not null,
    price_zone  varchar(32),
    price_zones text[]      not null,
    row_count   integer     not null,
    seat_count  integer     not null,
    capacity    integer     not null,
    ordinal     integer     not null,
    primary key (venue_id, name)
);

-- One row per seat; seat_key is section-row-seat, unique in its venue and stable for the venue's life.
create table read.venue_seat (
    venue_id   uuid        not null,
    tenant_id  uuid        not null,
    seat_key   varchar(50) not null,
    section    varchar(16) not null,
    row_label  varchar(16) not null,
    seat_label varchar(16) not null,
    price_zone varchar(32) not null,
    flags      text[]      not null,
    ordinal    integer     not null,
    primary key (venue_id, seat_key)
);

/* [jooq ignore start] */
-- Map order: sections, then rows, then seats as they stand.
create unique index venue_seat_map_order_idx on read.venue_seat (venue_id, ordinal);
create unique index venue_section_map_order_idx on read.venue_section (venue_id, ordinal);
-- Venue lists filtered by city, which compare without regard to case.
create index venue_tenant_city_idx on read.venue (tenant_id, lower(city), venue_id);

select read.isolate_by_tenant('read.venue');
select read.isolate_by_tenant('read.venue_section');
select read.isolate_by_tenant('read.venue_seat');
/* [jooq ignore stop] */
