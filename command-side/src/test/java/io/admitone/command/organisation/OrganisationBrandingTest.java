package io.admitone.command.organisation;

import io.admitone.kernel.organisation.BrandingChanged;
import io.admitone.kernel.organisation.ChangeBrandingCommand;
import io.admitone.kernel.organisation.ChangeLogoCommand;
import io.admitone.kernel.organisation.OrganisationSuspended;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.ZoneOffset;

import static io.admitone.command.organisation.OrganisationTest.CREATED;
import static io.admitone.command.organisation.OrganisationTest.NOW;
import static io.admitone.command.organisation.OrganisationTest.TENANT;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Custom domains kept unique, the e-mail sender, and logos changed on their own. */
class OrganisationBrandingTest {

    static final BrandingChanged BRANDED = new BrandingChanged(TENANT, "Arena", "https://cdn.example.com/old.png",
            "#ff8800", "#112233", "tickets.arena.de", "Arena Box Office", "tickets@arena.de", NOW);
    static final String UPLOADED = "https://api.example.com/api/v1/orgs/" + TENANT + "/branding/logos/a1.png";

    private AggregateTestFixture<Organisation> fixture;
    private InMemoryDomainRegistry domains;

    @BeforeEach
    void setUp() {
        domains = new InMemoryDomainRegistry();
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(domains);
    }

    @Test
    void aCustomDomainAnotherOrganisationHasIsRejected() {
        domains.claim("tickets.arena.de", TenantId.random());
        fixture.given(CREATED)
                .when(new ChangeBrandingCommand(TENANT, "Arena", null, null, null, "Tickets.Arena.de", null, null))
                .expectException(CustomDomainTaken.class)
                .expectNoEvents();
    }

    @Test
    void aDomainGivenUpIsFreeForAnotherOrganisation() {
        domains.claim("tickets.arena.de", TENANT);
        fixture.given(CREATED, BRANDED)
                .when(new ChangeBrandingCommand(TENANT, "Arena", null, null, null, "shop.arena.de", null, null))
                .expectEvents(new BrandingChanged(TENANT, "Arena", null, null, null, "shop.arena.de", null, null, NOW));
        assertThatNoException().isThrownBy(() -> domains.claim("tickets.arena.de", TenantId.random()));
    }

    @Test
    void keepingItsOwnDomainIsNoConflict() {
        domains.claim("tickets.arena.de", TENANT);
        fixture.given(CREATED, BRANDED)
                .when(new ChangeBrandingCommand(TENANT, "Arena Berlin", "https://cdn.example.com/old.png", "#ff8800",
                        "#112233", "tickets.arena.de", "Arena Box Office", "tickets@arena.de"))
                .expectEvents(new BrandingChanged(TENANT, "Arena Berlin", "https://cdn.example.com/old.png", "#ff8800",
                        "#112233", "tickets.arena.de", "Arena Box Office", "tickets@arena.de", NOW));
    }

    @Test
    void aNewLogoKeepsTheRestOfTheBranding() {
        fixture.given(CREATED, BRANDED)
                .when(new ChangeLogoCommand(TENANT, UPLOADED))
                .expectEvents(new BrandingChanged(TENANT, "Arena", UPLOADED, "#ff8800", "#112233", "tickets.arena.de",
                        "Arena Box Office", "tickets@arena.de", NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]"})
    void aLogoUploadedToADevelopmentServerMayBeServedOverPlainHttpFromALoopbackHost(String host) {
        String local = "http://" + host + ":8080/api/v1/orgs/" + TENANT + "/branding/logos/a1.png";
        fixture.given(CREATED)
                .when(new ChangeLogoCommand(TENANT, local))
                .expectEvents(new BrandingChanged(TENANT, "Arena Berlin", local, null, null, null, null, null, NOW));
    }

    @Test
    void removingTheLogoKeepsTheRestOfTheBranding() {
        fixture.given(CREATED, BRANDED)
                .when(new ChangeLogoCommand(TENANT, null))
                .expectEvents(new BrandingChanged(TENANT, "Arena", null, "#ff8800", "#112233", "tickets.arena.de",
                        "Arena Box Office", "tickets@arena.de", NOW));
    }

    @Test
    void theSameLogoAgainChangesNothing() {
        fixture.given(CREATED, BRANDED)
                .when(new ChangeLogoCommand(TENANT, "https://cdn.example.com/old.png"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSuspendedOrganisationRejectsANewLogo() {
        fixture.given(CREATED, new OrganisationSuspended(TENANT, "unpaid invoices", NOW))
                .when(new ChangeLogoCommand(TENANT, UPLOADED))
                .expectException(OrganisationIsSuspended.class)
                .expectNoEvents();
    }
}
