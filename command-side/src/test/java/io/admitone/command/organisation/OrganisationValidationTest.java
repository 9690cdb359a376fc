package io.admitone.command.organisation;

import io.admitone.kernel.organisation.ChangeBrandingCommand;
import io.admitone.kernel.organisation.ChangeLogoCommand;
import io.admitone.kernel.organisation.ChangeOrganisationSettingsCommand;
import io.admitone.kernel.organisation.ChangeStorefrontOriginsCommand;
import io.admitone.kernel.organisation.CreateOrganisationCommand;
import io.admitone.kernel.organisation.SuspendOrganisationCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static io.admitone.command.organisation.OrganisationTest.CREATED;
import static io.admitone.command.organisation.OrganisationTest.NOW;
import static io.admitone.command.organisation.OrganisationTest.TENANT;

class OrganisationValidationTest {


    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ab", "Arena", "-arena", "arena-", "are--na", "arena_berlin", "arena berlin",
            "a234567890123456789012345678901234567890123456789012345678901234"})
    void slugsOutsideTheRulesAreRejected(String slug) {
        create("Arena", slug, "EUR", "Europe/Berlin", "de");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anOrganisationNeedsAName(String name) {
        create(name, "arena", "EUR", "Europe/Berlin", "de");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "EURO, Europe/Berlin, de", "null, Europe/Berlin, de", "ABC, Europe/Berlin, de",
            "EUR, Europe/Atlantis, de", "EUR, +01:00, de", "EUR, null, de",
            "EUR, Europe/Berlin, de_DE", "EUR, Europe/Berlin, 12", "EUR, Europe/Berlin, ''",
            "EUR, Europe/Berlin, null"})
    void settingsOutsideTheRulesAreRejected(String currency, String zone, String locale) {
        create("Arena", "arena", currency, zone, locale);
        fixture().given(CREATED)
                .when(new ChangeOrganisationSettingsCommand(TENANT, currency, zone, locale))
                .expectException(InvalidOrganisationSettings.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "null, null, null, null, null", "' ', null, null, null, null",
            "Arena, http://cdn.example.com/logo.svg, null, null, null", "Arena, logo.svg, null, null, null",
            "Arena, https://user@cdn.example.com/logo.svg, null, null, null",
            "Arena, null, red, null, null", "Arena, null, null, #12345, null", "Arena, null, null, #12345g, null",
            "Arena, null, null, null, localhost", "Arena, null, null, null, -tickets.example.com",
            "Arena, null, null, null, tickets..example.com", "Arena, null, null, null, https://tickets.example.com"})
    void brandingOutsideTheRulesIsRejected(String displayName, String logoUrl, String primary, String accent,
                                           String domain) {
        fixture().given(CREATED)
                .when(new ChangeBrandingCommand(TENANT, displayName, logoUrl, primary, accent, domain, null, null))
                .expectException(InvalidOrganisationSettings.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", delimiter = '|', value = {
            "' ' | null", "null | ''", "null | tickets",
            "null | @arena.de", "null | tickets@", "null | tickets@localhost", "null | tick ets@arena.de",
            "null | .tickets@arena.de", "null | tickets@arena..de", "null | Arena <tickets@arena.de>"})
    void anEmailSenderOutsideTheRulesIsRejected(String name, String address) {
        fixture().given(CREATED)
                .when(new ChangeBrandingCommand(TENANT, "Arena", null, null, null, null, name, address))
                .expectException(InvalidOrganisationSettings.class)
                .expectNoEvents();
    }

    @Test
    void aSenderNameThatWouldAddMailHeadersIsRejected() {
        fixture().given(CREATED)
                .when(new ChangeBrandingCommand(TENANT, "Arena", null, null, null, null,
                        "Arena\r\nBcc: victim@example.com", null))
                .expectException(InvalidOrganisationSettings.class)
                .expectNoEvents();
    }

    @Test
    void aLogoUrlOutsideTheRulesIsRejectedForAnUploadedLogoToo() {
        fixture().given(CREATED)
                .when(new ChangeLogoCommand(TENANT, "http://files.example.com/logo.png"))
                .expectException(InvalidOrganisationSettings.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://tickets.example.com", "https://tickets.example.com/shop", "https://tickets.example.com?a=1",
            "https://user@tickets.example.com", "ftp://tickets.example.com", "tickets.example.com", "https://", "*", " "})
    void storefrontOriginsOutsideTheRulesAreRejected(String origin) {
        fixture().given(CREATED)
                .when(new ChangeStorefrontOriginsCommand(TENANT, List.of(origin)))
                .expectException(InvalidOrganisationSettings.class)
                .expectNoEvents();
    }

    @Test
    void atMostTwentyStorefrontOriginsAreKept() {
        List<String> origins = IntStream.rangeClosed(1, 21).mapToObj(n -> "https://shop" + n + ".example.com").toList();
        fixture().given(CREATED)
                .when(new ChangeStorefrontOriginsCommand(TENANT, origins))
                .expectException(InvalidOrganisationSettings.class)
                .expectNoEvents();
    }

    @Test
    void aSuspensionNeedsAReason() {
        fixture().given(CREATED)
                .when(new SuspendOrganisationCommand(TENANT, " "))
                .expectException(InvalidOrganisationSettings.class)
                .expectNoEvents();
    }

    private void create(String name, String slug, String currency, String zone, String locale) {
        fixture().givenNoPriorActivity()
                .when(new CreateOrganisationCommand(TENANT, name, slug, currency, zone, locale))
                .expectException(InvalidOrganisationSettings.class)
                .expectNoEvents();
    }

    private static AggregateTestFixture<Organisation> fixture() {
        AggregateTestFixture<Organisation> fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new InMemorySlugRegistry());
        fixture.registerInjectableResource(new InMemoryDomainRegistry());
        return fixture;
    }
}
