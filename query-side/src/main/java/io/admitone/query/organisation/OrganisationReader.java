package io.admitone.query.organisation;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.Records;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static io.admitone.schema.jooq.Tables.ORGANISATION;

@Component
public class OrganisationReader {

    private final TenantScopedQueries queries;

    OrganisationReader(TenantScopedQueries queries) {
        this.queries = queries;
    }

    /** The tenant's own organisation, or empty before its creation has reached the read model. */
    public Mono<OrganisationView> find(TenantId tenantId) {
        return queries.read(tenantId, db -> db
                .select(ORGANISATION.TENANT_ID, ORGANISATION.NAME, ORGANISATION.SLUG, ORGANISATION.DEFAULT_CURRENCY,
                        ORGANISATION.TIME_ZONE, ORGANISATION.LOCALE, ORGANISATION.DISPLAY_NAME, ORGANISATION.LOGO_URL,
                        ORGANISATION.PRIMARY_COLOUR, ORGANISATION.ACCENT_COLOUR, ORGANISATION.CUSTOM_DOMAIN,
                        ORGANISATION.EMAIL_SENDER_NAME, ORGANISATION.EMAIL_SENDER_ADDRESS,
                        ORGANISATION.STOREFRONT_ORIGINS, ORGANISATION.STATUS, ORGANISATION.CREATED_AT, ORGANISATION.UPDATED_AT, ORGANISATION.POSITION)
                .from(ORGANISATION)
                .where(ORGANISATION.TENANT_ID.eq(tenantId.value()))
                .fetchOptional(Records.mapping(OrganisationView::of))
                .orElse(null));
    }
}
