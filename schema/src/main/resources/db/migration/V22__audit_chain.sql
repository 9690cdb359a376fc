-- The audit hash chain (docs/finance.md "Hash chain"): every event of an organisation linked to the one before it by
-- SHA-256, so that an event changed or removed in the event store is found. It is a record kept as the events come,
-- not a read model: written once by the audit-chain processor, never replayed or rebuilt.
/* [jooq ignore start] */
create schema if not exists audit;

create table audit.chain_link (
    tenant_id uuid   not null,
    -- 1, 2, 3, ... within the organisation
    sequence  bigint not null,
    -- the event's global index in the event store; an event is in one organisation's chain at most
    position  bigint not null unique,
    event_id  uuid   not null,
    -- SHA-256(previous link's hash || RFC 8785 form of the event as the audit trail exports it)
    hash      bytea  not null,
    primary key (tenant_id, sequence)
);

-- the last link of each organisation's chain, which the next link follows and checkpoints sign
create table audit.chain_head (
    tenant_id uuid   not null primary key,
    sequence  bigint not null,
    position  bigint not null,
    hash      bytea  not null
);

-- chain heads signed with the server's signing key as a compact JWS (docs/finance.md "Checkpoints")
create table audit.checkpoint (
    checkpoint_id uuid                     not null primary key,
    tenant_id     uuid                     not null,
    sequence      bigint                   not null,
    position      bigint                   not null,
    hash          bytea                    not null,
    checked_at    timestamp with time zone not null,
    jws           text                     not null,
    -- a head is signed once, whichever instance gets there first
    unique (tenant_id, sequence)
);
/* [jooq ignore stop] */
