-- The ledger (docs/finance.md): double-entry rows for every movement of an organisation's money, written by the
-- ledger projection. One money event (a sale, a refund) is one transaction; its rows are per ticket type, and each
-- ticket type's rows of a transaction balance (debits equal credits), so every transaction balances.
create table read.ledger_entry (
    -- derived from the transaction and the row's place in it, so that an event handled twice writes nothing twice
    entry_id        uuid                     not null primary key,
    tenant_id       uuid                     not null,
    -- the id of the event that moved the money, and the event's stream position
    transaction_id  uuid                     not null,
    position        bigint                   not null,
    -- the row's place in its transaction, from 0: a transaction's rows are read in this order
    line            integer                  not null,
    -- when the money moved (the event's business time): what as-of figures count by
    effective_at    timestamp with time zone not null,
    -- sale, offline-payment, refund, cancellation
    kind            varchar(32)              not null,
    -- one of the accounts of docs/finance.md, e.g. payment-clearing, ticket-revenue, tax-payable
    account         varchar(64)              not null,
    debit           numeric(19, 4)           not null,
    credit          numeric(19, 4)           not null,
    currency        varchar(3)               not null,
    -- the payment provider the money went through (test, offline, ...)
    provider        varchar(50)              not null,
    order_id        uuid                     not null,
    -- the catalogue's event (the show) the order is for, its performance and the ticket type the row counts
    event_id        uuid                     not null,
    performance_id  uuid                     not null,
    ticket_type_id  uuid                     not null,
    constraint ledger_entry_one_side check ((debit = 0) <> (credit = 0) or (debit = 0 and credit = 0)),
    constraint ledger_entry_not_negative check (debit >= 0 and credit >= 0)
);
create index ledger_entry_tenant_idx on read.ledger_entry (tenant_id, effective_at, position, line);
create index ledger_entry_transaction_idx on read.ledger_entry (transaction_id);
create index ledger_entry_order_idx on read.ledger_entry (order_id);

-- What the ledger projection keeps to write those rows, in stream order: each ticket type's tax and fee terms as they
-- stand; each order's provider, currency and places (until it is paid); and, once paid, each of its ticket types'
-- parts (net, tax, fee) that refunds have not taken back yet. Only the projection reads them.
create table read.ledger_ticket_type (
    ticket_type_id   uuid          not null primary key,
    tenant_id        uuid          not null,
    tax_rate         numeric(5, 2),
    fee_fixed_amount numeric(19, 4),
    fee_currency     varchar(3),
    fee_percent      numeric(5, 2)
);
create table read.ledger_order (
    order_id       uuid        not null primary key,
    tenant_id      uuid        not null,
    event_id       uuid        not null,
    performance_id uuid        not null,
    provider       varchar(50) not null,
    currency       varchar(3)  not null,
    -- the order's latest refund (the id of its event): the one a cancellation of the paid order made
    last_refund_id uuid,
    -- the stream position of the order's last event applied here, so that a redelivered one is not applied twice
    position       bigint      not null
);
create table read.ledger_order_place (
    order_id       uuid           not null,
    place          integer        not null,
    tenant_id      uuid           not null,
    ticket_type_id uuid           not null,
    price          numeric(19, 4) not null,
    primary key (order_id, place)
);
create table read.ledger_order_part (
    order_id       uuid           not null,
    ticket_type_id uuid           not null,
    tenant_id      uuid           not null,
    -- the ticket type's place among the order's: refunds divide among them in this order
    ordinal        integer        not null,
    net_left       numeric(19, 4) not null,
    tax_left       numeric(19, 4) not null,
    fee_left       numeric(19, 4) not null,
    primary key (order_id, ticket_type_id)
);

-- What reconciliation compares the ledger with, kept by the orders projection: when an order was paid, and each
-- refund with its amount, provider, whether the provider paid it out, and when.
alter table read."order" add column confirmed_at timestamp with time zone;
create table read.order_refund (
    refund_id   uuid                     not null primary key,
    order_id    uuid                     not null,
    tenant_id   uuid                     not null,
    provider    varchar(50)              not null,
    amount      numeric(19, 4)           not null,
    currency    varchar(3)               not null,
    paid_out    boolean                  not null,
    refunded_at timestamp with time zone not null,
    position    bigint                   not null
);
create index order_refund_tenant_idx on read.order_refund (tenant_id, refunded_at);
create index order_confirmed_idx on read."order" (tenant_id, confirmed_at);

/* [jooq ignore start] */
select read.isolate_by_tenant('read.ledger_entry');
select read.isolate_by_tenant('read.ledger_ticket_type');
select read.isolate_by_tenant('read.ledger_order');
select read.isolate_by_tenant('read.ledger_order_place');
select read.isolate_by_tenant('read.ledger_order_part');
select read.isolate_by_tenant('read.order_refund');
/* [jooq ignore stop] */
