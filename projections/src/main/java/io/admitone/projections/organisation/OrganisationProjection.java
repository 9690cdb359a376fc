package io.admitone.projections.organisation;

import io.admitone.kernel.organisation.BrandingChanged;
import io.admitone.kernel.organisation.OrganisationCreated;
import io.admitone.kernel.organisation.OrganisationReactivated;
import io.admitone.kernel.organisation.OrganisationSettingsChanged;
import io.admitone.kernel.organisation.OrganisationSuspended;
import io.admitone.kernel.organisation.StorefrontOriginsChanged;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.schema.jooq.tables.records.OrganisationRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.jooq.DSLContext;
import org.jooq.UpdateSetMoreStep;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.UnaryOperator;

import static io.admitone.schema.jooq.Tables.ORGANISATION;

@Component
@ProcessingGroup(OrganisationProjection.NAME)
class OrganisationProjection {

    static final String NAME = "organisations";

    private final DSLContext db;

    OrganisationProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(OrganisationCreated event, TrackingToken token) {
        db.insertInto(ORGANISATION)
                .set(ORGANISATION.TENANT_ID, event.tenantId().value())
                .set(ORGANISATION.NAME, event.name())
                .set(ORGANISATION.SLUG, event.slug())
                .set(ORGANISATION.DEFAULT_CURRENCY, event.defaultCurrency())
                .set(ORGANISATION.TIME_ZONE, event.timeZone())
                .set(ORGANISATION.LOCALE, event.locale())
                .set(ORGANISATION.DISPLAY_NAME, event.name())
                .set(ORGANISATION.STATUS, "ACTIVE")
                .set(ORGANISATION.CREATED_AT, event.createdAt())
                .set(ORGANISATION.UPDATED_AT, event.createdAt())
                .set(ORGANISATION.POSITION, position(token))
                .onConflict(ORGANISATION.TENANT_ID).doNothing()
                .execute();
    }

    @EventHandler
    void on(OrganisationSettingsChanged event, TrackingToken token) {
        update(event.tenantId(), event.changedAt(), token, row -> row
                .set(ORGANISATION.DEFAULT_CURRENCY, event.defaultCurrency())
                .set(ORGANISATION.TIME_ZONE, event.timeZone())
                .set(ORGANISATION.LOCALE, event.locale()));
    }

    @EventHandler
    void on(BrandingChanged event, TrackingToken token) {
        update(event.tenantId(), event.changedAt(), token, row -> row
                .set(ORGANISATION.DISPLAY_NAME, event.displayName())
                .set(ORGANISATION.LOGO_URL, event.logoUrl())
                .set(ORGANISATION.PRIMARY_COLOUR, event.primaryColour())
                .set(ORGANISATION.ACCENT_COLOUR, event.accentColour())
                .set(ORGANISATION.CUSTOM_DOMAIN, event.customDomain())
                .set(ORGANISATION.EMAIL_SENDER_NAME, event.emailSenderName())
                .set(ORGANISATION.EMAIL_SENDER_ADDRESS, event.emailSenderAddress()));
    }

    @EventHandler
    void on(StorefrontOriginsChanged event, TrackingToken token) {
        update(event.tenantId(), event.changedAt(), token, row -> row
                .set(ORGANISATION.STOREFRONT_ORIGINS, event.origins().toArray(String[]::new)));
    }

    @EventHandler
    void on(OrganisationSuspended event, TrackingToken token) {
        update(event.tenantId(), event.suspendedAt(), token, row -> row.set(ORGANISATION.STATUS, "SUSPENDED"));
    }

    @EventHandler
    void on(OrganisationReactivated event, TrackingToken token) {
        update(event.tenantId(), event.reactivatedAt(), token, row -> row.set(ORGANISATION.STATUS, "ACTIVE"));
    }

    @ResetHandler
    void reset() {
        db.truncate(ORGANISATION).execute();
    }

    /** Applies {@code changes} only to a row older than the event, so a redelivery never undoes a later event. */
    private void update(TenantId tenantId, Instant updatedAt, TrackingToken token,
                        UnaryOperator<UpdateSetMoreStep<OrganisationRecord>> changes) {
        long position = position(token);
        changes.apply(db.update(ORGANISATION)
                        .set(ORGANISATION.UPDATED_AT, updatedAt)
                        .set(ORGANISATION.POSITION, position))
                .where(ORGANISATION.TENANT_ID.eq(tenantId.value()).and(ORGANISATION.POSITION.lt(position)))
                .execute();
    }

    private static long position(TrackingToken token) {
        return token.position().orElse(0L);
    }
}
