-- Buyers' personal data (docs/finance.md, "Personal data"): events hold a buyer's name and e-mail address only
-- sealed under a data key of the buyer's own, one per organisation and e-mail address. Erasing the key on the
-- buyer's request erases the data from every event, copy and backup that holds it sealed. The vault is neither a
-- read model nor readable by the query side or analysts; jOOQ generates nothing for it.
/* [jooq ignore start] */
create schema if not exists vault;

create table vault.buyer_key (
    key_id       uuid                     not null primary key,
    tenant_id    uuid                     not null,
    -- HMAC-SHA256 of the normalised e-mail address under a key derived from the server's sealing key: finds the
    -- buyer's key without the table holding the address
    email_digest varchar(64)              not null,
    -- the buyer's 32-byte AES key, sealed with the server's sealing key
    data_key     text                     not null,
    created_at   timestamp with time zone not null,
    -- one key per buyer, also between concurrent first orders of the same buyer
    unique (tenant_id, email_digest)
);
/* [jooq ignore stop] */

-- The orders read model keeps the buyer opened, and forgets them once the buyer's key is erased.
alter table read."order" alter column buyer_name drop not null;
alter table read."order" alter column buyer_email drop not null;
alter table read."order" add column buyer_key_id uuid;
alter table read."order" add column buyer_erased_at timestamp with time zone;
create index order_buyer_key_idx on read."order" (buyer_key_id);
/* [jooq ignore start] */
-- analysts were granted read."order" column by column (V19): the new columns too
grant select (buyer_key_id, buyer_erased_at) on read."order" to admitone_analyst;
/* [jooq ignore stop] */

-- Webhook messages keep the buyer of an order.placed envelope as it was sent; the key tells which messages to blank
-- when that buyer is erased.
alter table read.webhook_message add column buyer_key_id uuid;
create index webhook_message_buyer_key_idx on read.webhook_message (buyer_key_id) where buyer_key_id is not null;
