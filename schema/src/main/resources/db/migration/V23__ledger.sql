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
    event_id        uuid                     not null,
    performance_id  uuid                     not null,
    ticket_type_id  uuid                     not null,
    constraint ledger_entry_one_side check ((debit = 0) <> (credit = 0) or (debit = 0 and credit = 0)),
    constraint ledger_entry_not_negative check (debit >= 0 and credit >= 0)
);
create index ledger_entry_tenant_idx on read.ledger_entry (tenant_id, effective_at, position);
create index ledger_entry_transaction_idx on read.ledger_entry (transaction_id);
create index ledger_entry_order_idx on read.ledger_entry (order_id);

/* [jooq ignore start] */
select read.isolate_by_tenant('read.ledger_entry');
/* [jooq ignore stop] */
