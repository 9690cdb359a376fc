-- Shadow tables of a zero-downtime projection rebuild: the server creates them here beside the live ones in
-- read, fills them from the event store and moves them into read when they have caught up. Nothing else lives
-- here; see "Rebuilding a projection" in docs/operations.md.
/* [jooq ignore start] */
create schema if not exists read_rebuild;
/* [jooq ignore stop] */
