-- The e-mail sender of an organisation's branding, see docs/tenancy.md.
alter table read.organisation add column email_sender_name varchar(200);
alter table read.organisation add column email_sender_address varchar(254);

-- Storefronts find their organisation by the host they are served from.
create index organisation_custom_domain_idx on read.organisation (custom_domain);

-- Which organisation holds which custom domain; the command side's own lookup table, like
-- command.organisation_slug: the primary key keeps domains unique even between concurrent changes, and rows are
-- written in the transaction that stores the BrandingChanged event.
/* [jooq ignore start] */
create table command.organisation_domain (
    domain    varchar(253) not null primary key,
    tenant_id uuid         not null unique
);

-- Domains from before this table, from the event store: each organisation's latest branding decides; of two
-- organisations that name the same domain, the one whose latest change came first keeps it. (With Axon Server as the event
-- store there are no events here to read.)
insert into command.organisation_domain (domain, tenant_id)
select distinct on (latest.domain) latest.domain, latest.tenant_id
from (
    select distinct on (entry.aggregate_identifier)
           entry.aggregate_identifier::uuid      as tenant_id,
           body.payload ->> 'customDomain'       as domain,
           entry.global_index
    from axon.domain_event_entry entry
    cross join lateral (select convert_from(entry.payload, 'UTF8')::jsonb as payload) body
    where entry.payload_type = 'io.admitone.kernel.organisation.BrandingChanged'
    order by entry.aggregate_identifier, entry.sequence_number desc
) latest
where latest.domain is not null
order by latest.domain, latest.global_index;
/* [jooq ignore stop] */
