-- Events with their performances and ticket types, see docs/read-models.md and docs/catalog.md. Statuses are the
-- kernel's enum names (DRAFT, PUBLISHED, CANCELLED; SCHEDULED, POSTPONED, CANCELLED).
create table read.event (
    event_id        uuid                     not null primary key,
    tenant_id       uuid                     not null,
    venue_id        uuid                     not null,
    title           varchar(200)             not null,
    description     varchar(10000),
    category        varchar(32)              not null,
    tags            text[]                   not null default '{}',
    image_url       varchar(2048),
    status          varchar(16)              not null,
    -- over the event's performances that are not cancelled; null while it has none
    first_starts_at timestamp with time zone,
    last_ends_at    timestamp with time zone,
    published_at    timestamp with time zone,
    created_at      timestamp with time zone not null,
    -- when the event, one of its performances or one of its ticket types last changed
    updated_at      timestamp with time zone not null,
    position        bigint                   not null
);
create index event_tenant_starts_idx on read.event (tenant_id, first_starts_at, event_id);
create index event_tenant_category_idx on read.event (tenant_id, category);

create table read.performance (
    performance_id uuid                     not null primary key,
    tenant_id      uuid                     not null,
    event_id       uuid                     not null,
    venue_id       uuid                     not null,
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    doors_at       timestamp with time zone,
    on_sale_from   timestamp with time zone not null,
    on_sale_until  timestamp with time zone not null,
    status         varchar(16)              not null,
    position       bigint                   not null
);
create index performance_event_idx on read.performance (event_id, starts_at);
create index performance_tenant_starts_idx on read.performance (tenant_id, starts_at);

-- A ticket type sells either a standing section's capacity (section) or the seats of a price zone (price_zone).
-- Its price, and its fixed fee, are in currency; four decimals hold every ISO 4217 currency's minor unit.
create table read.ticket_type (
    ticket_type_id   uuid                     not null primary key,
    tenant_id        uuid                     not null,
    event_id         uuid                     not null,
    name             varchar(100)             not null,
    price_amount     numeric(19, 4)           not null,
    currency         varchar(3)               not null,
    section          text,
    price_zone       text,
    min_per_order    integer                  not null,
    max_per_order    integer                  not null,
    sales_from       timestamp with time zone,
    sales_until      timestamp with time zone,
    visible          boolean                  not null,
    tax_rate         numeric(5, 2)            not null,
    tax_included     boolean                  not null,
    fee_fixed_amount numeric(19, 4),
    fee_percent      numeric(5, 2),
    position         bigint                   not null
);
create index ticket_type_event_idx on read.ticket_type (event_id, price_amount);

/* [jooq ignore start] */
select read.isolate_by_tenant('read.event');
select read.isolate_by_tenant('read.performance');
select read.isolate_by_tenant('read.ticket_type');
/* [jooq ignore stop] */
