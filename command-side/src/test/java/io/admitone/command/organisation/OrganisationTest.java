package io.admitone.command.organisation;

import io.admitone.kernel.organisation.BrandingChanged;
import io.admitone.kernel.organisation.ChangeBrandingCommand;
import io.admitone.kernel.organisation.ChangeOrganisationSettingsCommand;
import io.admitone.kernel.organisation.ChangeStorefrontOriginsCommand;
import io.admitone.kernel.organisation.CreateOrganisationCommand;
import io.admitone.kernel.organisation.OrganisationCreated;
import io.admitone.kernel.organisation.OrganisationReactivated;
import io.admitone.kernel.organisation.OrganisationSettingsChanged;
import io.admitone.kernel.organisation.OrganisationSuspended;
import io.admitone.kernel.organisation.ReactivateOrganisationCommand;
import io.admitone.kernel.organisation.StorefrontOriginsChanged;
import io.admitone.kernel.organisation.SuspendOrganisationCommand;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

class OrganisationTest {

    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final OrganisationCreated CREATED = new OrganisationCreated(
            TENANT, "Arena Berlin", "arena-berlin", "EUR", "Europe/Berlin", "de-DE", NOW);

    private AggregateTestFixture<Organisation> fixture;
    private InMemorySlugRegistry slugs;

    @BeforeEach
    void setUp() {
        slugs = new InMemorySlugRegistry();
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(slugs);
        fixture.registerInjectableResource(new InMemoryDomainRegistry());
    }

    @Test
    void creatingAnOrganisationRecordsItInCanonicalForm() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationCommand(TENANT, " Arena Berlin ", "arena-berlin", "eur", "Europe/Berlin",
                        "de-de"))
                .expectEvents(CREATED);
    }

    @Test
    void aSlugAnotherOrganisationHasIsRejected() {
        slugs.claim("arena-berlin", TenantId.random());
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisationCommand(TENANT, "Arena", "arena-berlin", "EUR", "Europe/Berlin", "de"))
                .expectException(SlugTaken.class)
                .expectNoEvents();
    }

    @Test
    void changingSettingsRecordsAllOfThem() {
        fixture.given(CREATED)
                .when(new ChangeOrganisationSettingsCommand(TENANT, "CHF", "Europe/Zurich", "fr-CH"))
                .expectEvents(new OrganisationSettingsChanged(TENANT, "CHF", "Europe/Zurich", "fr-CH", NOW));
    }

    @Test
    void settingsEqualToTheCurrentOnesChangeNothing() {
        fixture.given(CREATED)
                .when(new ChangeOrganisationSettingsCommand(TENANT, "eur", "Europe/Berlin", "de-DE"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changingBrandingRecordsItInCanonicalForm() {
        fixture.given(CREATED)
                .when(new ChangeBrandingCommand(TENANT, "Arena", "https://cdn.example.com/logo.svg", "#FF8800",
                        "#112233", "Tickets.Arena.de", " Arena Box Office ", "Tickets@Arena.DE"))
                .expectEvents(new BrandingChanged(TENANT, "Arena", "https://cdn.example.com/logo.svg", "#ff8800",
                        "#112233", "tickets.arena.de", "Arena Box Office", "Tickets@arena.de", NOW));
    }

    @Test
    void brandingEqualToTheCurrentOneChangesNothing() {
        fixture.given(CREATED, new BrandingChanged(TENANT, "Arena", null, "#ff8800", null, null, null, null, NOW))
                .when(new ChangeBrandingCommand(TENANT, "Arena", null, "#FF8800", null, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void storefrontOriginsAreRecordedCanonicalAndSorted() {
        fixture.given(CREATED)
                .when(new ChangeStorefrontOriginsCommand(TENANT,
                        List.of("https://Tickets.Arena.de", "http://localhost:5173", "https://shop.example.com:8443")))
                .expectEvents(new StorefrontOriginsChanged(TENANT,
                        List.of("http://localhost:5173", "https://shop.example.com:8443", "https://tickets.arena.de"), NOW));
    }

    @Test
    void theSameStorefrontOriginsAgainChangeNothing() {
        fixture.given(CREATED, new StorefrontOriginsChanged(TENANT, List.of("https://tickets.arena.de"), NOW))
                .when(new ChangeStorefrontOriginsCommand(TENANT, List.of("https://TICKETS.arena.de")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSuspendedOrganisationRejectsNewStorefrontOrigins() {
        fixture.given(CREATED, new OrganisationSuspended(TENANT, "Unpaid invoices", NOW))
                .when(new ChangeStorefrontOriginsCommand(TENANT, List.of("https://tickets.arena.de")))
                .expectException(OrganisationIsSuspended.class)
                .expectNoEvents();
    }

    @Test
    void suspendingRecordsTheReason() {
        fixture.given(CREATED)
                .when(new SuspendOrganisationCommand(TENANT, "unpaid invoices"))
                .expectEvents(new OrganisationSuspended(TENANT, "unpaid invoices", NOW));
    }

    @Test
    void suspendingASuspendedOrganisationChangesNothing() {
        fixture.given(CREATED, new OrganisationSuspended(TENANT, "unpaid invoices", NOW))
                .when(new SuspendOrganisationCommand(TENANT, "still unpaid"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSuspendedOrganisationRejectsNewSettings() {
        fixture.given(CREATED, new OrganisationSuspended(TENANT, "unpaid invoices", NOW))
                .when(new ChangeOrganisationSettingsCommand(TENANT, "CHF", "Europe/Zurich", "fr-CH"))
                .expectException(OrganisationIsSuspended.class)
                .expectNoEvents();
    }

    @Test
    void aSuspendedOrganisationRejectsNewBranding() {
        fixture.given(CREATED, new OrganisationSuspended(TENANT, "unpaid invoices", NOW))
                .when(new ChangeBrandingCommand(TENANT, "Arena", null, null, null, null, null, null))
                .expectException(OrganisationIsSuspended.class)
                .expectNoEvents();
    }

    @Test
    void reactivatingLiftsTheSuspension() {
        fixture.given(CREATED, new OrganisationSuspended(TENANT, "unpaid invoices", NOW))
                .when(new ReactivateOrganisationCommand(TENANT))
                .expectEvents(new OrganisationReactivated(TENANT, NOW));
    }

    @Test
    void aReactivatedOrganisationAcceptsChangesAgain() {
        fixture.given(CREATED, new OrganisationSuspended(TENANT, "unpaid", NOW),
                        new OrganisationReactivated(TENANT, NOW))
                .when(new ChangeOrganisationSettingsCommand(TENANT, "CHF", "Europe/Zurich", "fr-CH"))
                .expectEvents(new OrganisationSettingsChanged(TENANT, "CHF", "Europe/Zurich", "fr-CH", NOW));
    }

    @Test
    void reactivatingAnActiveOrganisationChangesNothing() {
        fixture.given(CREATED)
                .when(new ReactivateOrganisationCommand(TENANT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
