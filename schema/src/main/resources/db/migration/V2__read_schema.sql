-- The read models: tables written only by the projections and read by the query side and analysts.
create schema if not exists read;

-- One row per diagnostic probe, see docs/read-models.md.
create table read.probe (
    probe_id    uuid                     not null primary key,
    label       varchar(100)             not null,
    started_at  timestamp with time zone not null,
    echo_at     timestamp with time zone not null,
    echoed_at   timestamp with time zone,
    position    bigint                   not null
);
