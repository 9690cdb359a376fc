package io.admitone.command.organisation;

import io.admitone.kernel.organisation.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps claimed custom domains in {@code command.organisation_domain}, whose primary key makes PostgreSQL the
 * arbiter between concurrent changes, as {@link JdbcSlugRegistry} does for slugs.
 */
@Component
class JdbcDomainRegistry implements DomainRegistry {

    private final JdbcTemplate jdbc;

    JdbcDomainRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String domain, TenantId tenantId) {
        jdbc.update("delete from command.organisation_domain where tenant_id = ?", tenantId.value());
        if (domain == null) {
            return;
        }
        try {
            jdbc.update("insert into command.organisation_domain (domain, tenant_id) values (?, ?)", domain,
                    tenantId.value());
        } catch (DuplicateKeyException e) {
            throw new CustomDomainTaken(domain);
        }
    }
}
