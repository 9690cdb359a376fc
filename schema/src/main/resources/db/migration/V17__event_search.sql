-- Event search, see docs/search.md. The processing group event-search writes every table here. read.event_search
-- has one row per event, drafts and cancelled events included (the query side shows published ones only); the
-- other tables hold what its derived columns are computed from: the venue's name and city, the performances'
-- dates, the ticket types' prices and the places of every inventory partition.
create table read.event_search (
    event_id     uuid                     not null primary key,
    tenant_id    uuid                     not null,
    venue_id     uuid                     not null,
    title        varchar(200)             not null,
    description  varchar(10000),
    category     varchar(32)              not null,
    tags         text[]                   not null default '{}',
    -- the tags joined by spaces: an array cannot feed a generated column (array_to_string is not immutable)
    tags_text    text                     not null default '',
    venue_name   varchar(200),
    city         varchar(100),
    status       varchar(16)              not null,
    -- over the performances that are not cancelled; null while there are none
    starts_at    timestamp with time zone,
    ends_at      timestamp with time zone,
    -- the month of starts_at in UTC, 'YYYY-MM': the date facet
    starts_month varchar(7),
    -- the lowest price of a visible ticket type, its currency and band; null while there is none
    from_price   numeric(19, 4),
    currency     varchar(3),
    price_band   varchar(16),
    -- unsold, unheld places over the partitions of performances that are not cancelled
    free_places  integer                  not null default 0,
    updated_at   timestamp with time zone not null,
    position     bigint                   not null
);
create index event_search_tenant_starts_idx on read.event_search (tenant_id, starts_at, event_id);

create table read.event_search_venue (
    venue_id  uuid         not null primary key,
    tenant_id uuid         not null,
    name      varchar(200) not null,
    city      varchar(100)
);

create table read.event_search_performance (
    performance_id uuid                     not null primary key,
    tenant_id      uuid                     not null,
    event_id       uuid                     not null,
    starts_at      timestamp with time zone not null,
    ends_at        timestamp with time zone not null,
    cancelled      boolean                  not null
);
create index event_search_performance_event_idx on read.event_search_performance (event_id);

create table read.event_search_ticket_type (
    ticket_type_id uuid           not null primary key,
    tenant_id      uuid           not null,
    event_id       uuid           not null,
    price_amount   numeric(19, 4) not null,
    currency       varchar(3)     not null,
    visible        boolean        not null
);
create index event_search_ticket_type_event_idx on read.event_search_ticket_type (event_id);

-- taken counts held and sold places; position guards the counts against a redelivered event
create table read.event_search_partition (
    partition_id   uuid    not null primary key,
    tenant_id      uuid    not null,
    event_id       uuid    not null,
    performance_id uuid    not null,
    capacity       integer not null,
    taken          integer not null,
    position       bigint  not null
);
create index event_search_partition_event_idx on read.event_search_partition (event_id);

/* [jooq ignore start] */
create extension if not exists pg_trgm;

-- 'simple': no stemming and no stop words, because organisations write in many languages and names (artists,
-- venues, cities) must match as written; typos are pg_trgm's job, on search_text.
alter table read.event_search
    add column document tsvector generated always as (
        setweight(to_tsvector('simple'::regconfig, title), 'A')
            || setweight(to_tsvector('simple'::regconfig, tags_text || ' ' || category), 'B')
            || setweight(to_tsvector('simple'::regconfig,
                                     coalesce(venue_name, '') || ' ' || coalesce(city, '')), 'C')
            || setweight(to_tsvector('simple'::regconfig, coalesce(description, '')), 'D')) stored,
    add column search_text text generated always as (
        lower(title || ' ' || tags_text || ' ' || category || ' ' || coalesce(venue_name, '') || ' '
                  || coalesce(city, ''))) stored;
create index event_search_document_idx on read.event_search using gin (document);
create index event_search_trigram_idx on read.event_search using gin (search_text gin_trgm_ops);

select read.isolate_by_tenant('read.event_search');
select read.isolate_by_tenant('read.event_search_venue');
select read.isolate_by_tenant('read.event_search_performance');
select read.isolate_by_tenant('read.event_search_ticket_type');
select read.isolate_by_tenant('read.event_search_partition');
/* [jooq ignore stop] */
