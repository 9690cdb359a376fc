-- Holds as their buyers and staff read them: HELD until released (RELEASED), expired (EXPIRED) or turned into an
-- order (CONVERTED, with order_id). token_hash is the SHA-256 digest of the hold's token, against which a buyer's
-- X-Hold-Token is checked. position is the stream position of the hold's last change, so that a redelivered event
-- never undoes a later one.
create table read.hold (
    hold_id        uuid                     not null primary key,
    tenant_id      uuid                     not null,
    event_id       uuid                     not null,
    performance_id uuid                     not null,
    status         varchar(16)              not null,
    total_amount   numeric(19, 4)           not null,
    currency       varchar(3)               not null,
    token_hash     varchar(64)              not null,
    expires_at     timestamp with time zone not null,
    order_id       uuid,
    placed_at      timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    position       bigint                   not null
);
create index hold_performance_idx on read.hold (performance_id);

-- One row per place of a hold, in the order of its lines: ticket type, seat (null when standing), unit price.
create table read.hold_line (
    hold_id        uuid           not null,
    place          integer        not null,
    tenant_id      uuid           not null,
    ticket_type_id uuid           not null,
    seat           varchar(50),
    price_amount   numeric(19, 4) not null,
    currency       varchar(3)     not null,
    primary key (hold_id, place)
);

/* [jooq ignore start] */
select read.isolate_by_tenant('read.hold');
select read.isolate_by_tenant('read.hold_line');
/* [jooq ignore stop] */
