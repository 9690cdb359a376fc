package io.admitone.command.organisation;

import io.admitone.kernel.organisation.BrandingChanged;
import io.admitone.kernel.organisation.ChangeBrandingCommand;
import io.admitone.kernel.organisation.ChangeLogoCommand;
import io.admitone.kernel.organisation.ChangeOrganisationSettingsCommand;
import io.admitone.kernel.organisation.ChangeStorefrontOriginsCommand;
import io.admitone.kernel.organisation.CreateOrganisationCommand;
import io.admitone.kernel.organisation.OrganisationCreated;
import io.admitone.kernel.organisation.OrganisationReactivated;
import io.admitone.kernel.organisation.OrganisationSettingsChanged;
import io.admitone.kernel.organisation.OrganisationSuspended;
import io.admitone.kernel.organisation.StorefrontOriginsChanged;
import io.admitone.kernel.organisation.ReactivateOrganisationCommand;
import io.admitone.kernel.organisation.SuspendOrganisationCommand;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import static io.admitone.command.organisation.OrganisationRules.MAX_NAME_LENGTH;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An organisation is identified by its tenant id, so Axon's routing on {@code @TargetAggregateIdentifier}
 * already guarantees that a command only ever reaches its own tenant's organisation.
 */
@Aggregate(snapshotTriggerDefinition = "aggregateSnapshotTrigger", cache = "aggregateCache")
class Organisation {

    private static final int MAX_REASON_LENGTH = 500;

    @AggregateIdentifier
    private TenantId tenantId;
    private OrganisationSettings settings;
    private Branding branding;
    private StorefrontOrigins storefrontOrigins = new StorefrontOrigins(List.of());
    private boolean suspended;

    Organisation() {
    }

    @CommandHandler
    Organisation(CreateOrganisationCommand command, SlugRegistry slugs, Clock clock) {
        String name = OrganisationRules.text("name", command.name(), MAX_NAME_LENGTH);
        String slug = OrganisationRules.slug(command.slug());
        OrganisationSettings initial = OrganisationSettings.validated(
                command.defaultCurrency(), command.timeZone(), command.locale());
        slugs.claim(slug, command.tenantId());
        apply(new OrganisationCreated(command.tenantId(), name, slug, initial.defaultCurrency(),
                initial.timeZone(), initial.locale(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeOrganisationSettingsCommand command, Clock clock) {
        rejectChangesWhileSuspended();
        OrganisationSettings changed = OrganisationSettings.validated(
                command.defaultCurrency(), command.timeZone(), command.locale());
        if (!changed.equals(settings)) {
            apply(new OrganisationSettingsChanged(tenantId, changed.defaultCurrency(), changed.timeZone(),
                    changed.locale(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(ChangeBrandingCommand command, DomainRegistry domains, Clock clock) {
        rejectChangesWhileSuspended();
        Branding changed = Branding.validated(command.displayName(), command.logoUrl(), command.primaryColour(),
                command.accentColour(), command.customDomain(), command.emailSenderName(),
                command.emailSenderAddress());
        if (!Objects.equals(changed.customDomain(), branding.customDomain())) {
            domains.claim(changed.customDomain(), tenantId);
        }
        changeBranding(changed, clock);
    }

    @CommandHandler
    void handle(ChangeLogoCommand command, Clock clock) {
        rejectChangesWhileSuspended();
        changeBranding(branding.withLogo(command.logoUrl()), clock);
    }

    private void changeBranding(Branding changed, Clock clock) {
        if (!changed.equals(branding)) {
            apply(new BrandingChanged(tenantId, changed.displayName(), changed.logoUrl(), changed.primaryColour(),
                    changed.accentColour(), changed.customDomain(), changed.emailSenderName(),
                    changed.emailSenderAddress(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(ChangeStorefrontOriginsCommand command, Clock clock) {
        rejectChangesWhileSuspended();
        StorefrontOrigins changed = StorefrontOrigins.validated(command.origins());
        if (!changed.equals(storefrontOrigins)) {
            apply(new StorefrontOriginsChanged(tenantId, changed.origins(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(SuspendOrganisationCommand command, Clock clock) {
        String reason = OrganisationRules.text("reason", command.reason(), MAX_REASON_LENGTH);
        if (!suspended) {
            apply(new OrganisationSuspended(tenantId, reason, clock.instant()));
        }
    }

    @CommandHandler
    void handle(ReactivateOrganisationCommand command, Clock clock) {
        if (suspended) {
            apply(new OrganisationReactivated(tenantId, clock.instant()));
        }
    }

    private void rejectChangesWhileSuspended() {
        if (suspended) {
            throw new OrganisationIsSuspended(tenantId);
        }
    }

    boolean isSuspended() {
        return suspended;
    }

    @EventSourcingHandler
    void on(OrganisationCreated event) {
        tenantId = event.tenantId();
        settings = new OrganisationSettings(event.defaultCurrency(), event.timeZone(), event.locale());
        branding = Branding.named(event.name());
    }

    @EventSourcingHandler
    void on(OrganisationSettingsChanged event) {
        settings = new OrganisationSettings(event.defaultCurrency(), event.timeZone(), event.locale());
    }

    @EventSourcingHandler
    void on(BrandingChanged event) {
        branding = new Branding(event.displayName(), event.logoUrl(), event.primaryColour(), event.accentColour(),
                event.customDomain(), event.emailSenderName(), event.emailSenderAddress());
    }

    @EventSourcingHandler
    void on(StorefrontOriginsChanged event) {
        storefrontOrigins = new StorefrontOrigins(event.origins());
    }

    @EventSourcingHandler
    void on(OrganisationSuspended event) {
        suspended = true;
    }

    @EventSourcingHandler
    void on(OrganisationReactivated event) {
        suspended = false;
    }
}
