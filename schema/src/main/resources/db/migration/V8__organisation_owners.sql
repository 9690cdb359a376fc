-- Which staff users own which organisation; the command side's own lookup table, see docs/identity.md. Rows are
-- written in the transaction that stores the owner's membership events. A command that would take the owner role
-- from someone first locks all of the organisation's rows (select ... for update), so that of two owners removing
-- each other at the same time the second sees the first one's removal and is refused as the last owner.
-- A disabled user's rows are deleted: they no longer count as an owner.
/* [jooq ignore start] */
create schema if not exists command;

create table command.organisation_owner (
    tenant_id uuid not null,
    user_id   uuid not null,
    primary key (tenant_id, user_id)
);
create index organisation_owner_user_idx on command.organisation_owner (user_id);

-- Owners from before this table, from the events in the event store: each membership's latest event decides,
-- and disabled users are left out. (With Axon Server as the event store there are no events here to read.)
insert into command.organisation_owner (tenant_id, user_id)
select latest.tenant_id, latest.user_id
from (
    select distinct on (entry.aggregate_identifier, body.payload ->> 'tenantId')
           (body.payload ->> 'tenantId')::uuid as tenant_id,
           entry.aggregate_identifier::uuid    as user_id,
           entry.payload_type,
           body.payload -> 'roles'             as roles
    from axon.domain_event_entry entry
    cross join lateral (select convert_from(entry.payload, 'UTF8')::jsonb as payload) body
    where entry.payload_type in ('io.admitone.kernel.identity.StaffMemberInvited',
                                 'io.admitone.kernel.identity.MembershipGranted',
                                 'io.admitone.kernel.identity.MembershipRolesChanged',
                                 'io.admitone.kernel.identity.MembershipRevoked')
    order by entry.aggregate_identifier, body.payload ->> 'tenantId', entry.sequence_number desc
) latest
where latest.payload_type <> 'io.admitone.kernel.identity.MembershipRevoked'
  and latest.roles @> '["owner"]'::jsonb
  and not exists (select from axon.domain_event_entry disabled
                  where disabled.aggregate_identifier = latest.user_id::text
                    and disabled.payload_type = 'io.admitone.kernel.identity.StaffUserDisabled');
/* [jooq ignore stop] */
