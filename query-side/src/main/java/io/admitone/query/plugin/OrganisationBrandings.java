package io.admitone.query.plugin;

import io.admitone.kernel.organisation.TenantId;
import org.jooq.DSLContext;

import java.util.Optional;

import static io.admitone.schema.jooq.Tables.ORGANISATION;

/**
 * How an organisation presents itself to its buyers, as notifications show it: display name, logo, colours and the
 * e-mail sender. In every role's process, like {@link PluginChoices}.
 */
public class OrganisationBrandings {

    /** An organisation's branding; fields it has not set are null. */
    public record Branding(String displayName, String logoUrl, String primaryColour, String accentColour,
                           String senderName, String senderAddress) {
    }

    private final DSLContext db;

    public OrganisationBrandings(DSLContext db) {
        this.db = db;
    }

    /** Empty before the organisation's creation has reached the read model. */
    public Optional<Branding> of(TenantId tenant) {
        return db.select(ORGANISATION.DISPLAY_NAME, ORGANISATION.LOGO_URL, ORGANISATION.PRIMARY_COLOUR,
                        ORGANISATION.ACCENT_COLOUR, ORGANISATION.EMAIL_SENDER_NAME, ORGANISATION.EMAIL_SENDER_ADDRESS)
                .from(ORGANISATION)
                .where(ORGANISATION.TENANT_ID.eq(tenant.value()))
                .fetchOptional(row -> new Branding(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6()));
    }
}
