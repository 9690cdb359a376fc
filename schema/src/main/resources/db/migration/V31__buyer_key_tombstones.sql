-- An erased buyer key leaves a tombstone: its id, organisation and when it was erased, without the key and without
-- the digest of the address. A read model rebuilt after an erasure knows from it when the buyer was erased, whatever
-- order its segments take the events in; a later order of the same address gets a new key.
/* [jooq ignore start] */
alter table vault.buyer_key alter column email_digest drop not null;
alter table vault.buyer_key alter column data_key drop not null;
alter table vault.buyer_key add column erased_at timestamp with time zone;
alter table vault.buyer_key add constraint buyer_key_erased_has_nothing
    check ((erased_at is null) = (data_key is not null) and (erased_at is null) = (email_digest is not null));
/* [jooq ignore stop] */
