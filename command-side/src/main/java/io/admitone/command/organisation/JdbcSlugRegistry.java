package io.admitone.command.organisation;

import io.admitone.kernel.organisation.TenantId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps claimed slugs in {@code command.organisation_slug}, whose primary key makes PostgreSQL the arbiter
 * between concurrent creations: the second insert of a slug waits for the first transaction and fails if it
 * commits.
 */
@Component
class JdbcSlugRegistry implements SlugRegistry {

    private final JdbcTemplate jdbc;

    JdbcSlugRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String slug, TenantId tenantId) {
        try {
            jdbc.update("insert into command.organisation_slug (slug, tenant_id) values (?, ?)", slug,
                    tenantId.value());
        } catch (DuplicateKeyException e) {
            throw new SlugTaken(slug);
        }
    }
}
