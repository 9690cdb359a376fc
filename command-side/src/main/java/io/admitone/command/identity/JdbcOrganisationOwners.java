package io.admitone.command.identity;

import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps owners in {@code command.organisation_owner}. Removing an owner first locks all of the organisation's
 * owner rows, in one order so that two removals cannot deadlock: the second waits for the first transaction and
 * then sees the rows as that one left them, so two owners removing each other cannot both succeed.
 */
@Component
class JdbcOrganisationOwners implements OrganisationOwners {

    private final JdbcTemplate jdbc;

    JdbcOrganisationOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UserId> lockOwners(TenantId tenantId) {
        return jdbc.queryForList("""
                        select user_id from command.organisation_owner where tenant_id = ?
                        order by user_id for update""", UUID.class, tenantId.value())
                .stream().map(UserId::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void add(TenantId tenantId, UserId owner) {
        jdbc.update("""
                insert into command.organisation_owner (tenant_id, user_id) values (?, ?)
                on conflict (tenant_id, user_id) do nothing""", tenantId.value(), owner.value());
    }

    @Override
    public void remove(TenantId tenantId, UserId owner) {
        jdbc.update("delete from command.organisation_owner where tenant_id = ? and user_id = ?", tenantId.value(),
                owner.value());
    }

    @Override
    public void removeEverywhere(UserId owner) {
        jdbc.update("delete from command.organisation_owner where user_id = ?", owner.value());
    }
}
