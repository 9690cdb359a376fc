package io.admitone.command.apikey;

import io.admitone.command.organisation.OrganisationHistories;
import io.admitone.kernel.Digests;
import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.apikey.ApiKeyCreated;
import io.admitone.kernel.apikey.ApiKeyFormat;
import io.admitone.kernel.apikey.ApiKeyId;
import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.kernel.apikey.ApiKeyRevoked;
import io.admitone.kernel.apikey.IssueApiKeyCommand;
import io.admitone.kernel.apikey.IssuedApiKey;
import io.admitone.kernel.apikey.RevokeApiKeyCommand;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.OrganisationCreated;
import io.admitone.kernel.organisation.OrganisationSuspended;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.random.RandomGenerator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

class ApiKeyTest {

    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final ApiKeyId KEY = ApiKeyId.of("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final TenantId SUSPENDED = TenantId.of("5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d");
    static final OrganisationCreated ORGANISATION = new OrganisationCreated(
            TENANT, "Arena", "arena", "EUR", "Europe/Berlin", "de-DE", NOW);
    static final OrganisationCreated SUSPENDED_ORGANISATION = new OrganisationCreated(
            SUSPENDED, "Club", "club", "EUR", "Europe/Berlin", "de-DE", NOW);
    /** Fixed randomness, so that the generated key, and so the recorded prefix and hash, are known. */
    static final RandomGenerator FIXED = () -> 42L;
    static final String PREFIX = ApiKeyFormat.newPrefix(FIXED);
    static final String SECRET_KEY = ApiKeyFormat.secretKey(PREFIX, FIXED);
    static final ApiKeyCreated SECRET_CREATED = new ApiKeyCreated(KEY, TENANT, "Box office sync", ApiKeyKind.SECRET,
            Set.of(StaffRole.INTEGRATOR, StaffRole.ANALYST), PREFIX, Digests.sha256Hex(SECRET_KEY), NOW);

    private AggregateTestFixture<ApiKey> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ApiKey.class);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        fixture.registerInjectableResource(clock);
        fixture.registerAnnotatedCommandHandler(new ApiKeyIssuer(fixture.getRepository(),
                OrganisationHistories.of(ORGANISATION, SUSPENDED_ORGANISATION,
                        new OrganisationSuspended(SUSPENDED, "Unpaid invoices", NOW)), clock, FIXED));
    }

    @Test
    void aSecretKeyIsAnsweredOnceAndRecordedOnlyAsItsHash() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(KEY, TENANT, " Box office sync ", ApiKeyKind.SECRET,
                        Set.of(StaffRole.INTEGRATOR, StaffRole.ANALYST)))
                .expectEvents(SECRET_CREATED)
                .expectResultMessagePayload(new IssuedApiKey(KEY, SECRET_KEY));
    }

    @Test
    void aPublishableKeyIsItsPrefixWithNoSecretAndNoRoles() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(KEY, TENANT, "Storefront", ApiKeyKind.PUBLISHABLE, Set.of()))
                .expectEvents(new ApiKeyCreated(KEY, TENANT, "Storefront", ApiKeyKind.PUBLISHABLE, Set.of(), PREFIX,
                        null, NOW))
                .expectResultMessagePayload(new IssuedApiKey(KEY, "pk_" + PREFIX));
    }

    @Test
    void noKeyIsIssuedInAnOrganisationThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(KEY, TenantId.random(), "Sync", ApiKeyKind.SECRET, Set.of(StaffRole.ANALYST)))
                .expectException(DomainRejection.class)
                .expectExceptionMessage(startsWith("No organisation"))
                .expectNoEvents();
    }

    @Test
    void noKeyIsIssuedInASuspendedOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new IssueApiKeyCommand(KEY, SUSPENDED, "Sync", ApiKeyKind.SECRET, Set.of(StaffRole.ANALYST)))
                .expectException(DomainRejection.class)
                .expectExceptionMessage(containsString("suspended"))
                .expectNoEvents();
    }

    @Test
    void aPublishableKeyWithRolesIsRejected() {
        rejected(new IssueApiKeyCommand(KEY, TENANT, "Storefront", ApiKeyKind.PUBLISHABLE, Set.of(StaffRole.ANALYST)));
    }

    @Test
    void aSecretKeyWithoutRolesIsRejected() {
        rejected(new IssueApiKeyCommand(KEY, TENANT, "Sync", ApiKeyKind.SECRET, Set.of()));
    }

    @Test
    void aKeyCannotBeAnOwner() {
        rejected(new IssueApiKeyCommand(KEY, TENANT, "Sync", ApiKeyKind.SECRET, Set.of(StaffRole.OWNER)));
    }

    @Test
    void aKeyNeedsAKind() {
        rejected(new IssueApiKeyCommand(KEY, TENANT, "Sync", null, Set.of(StaffRole.ANALYST)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "x2345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901"})
    void aKeyNeedsAShortName(String name) {
        rejected(new IssueApiKeyCommand(KEY, TENANT, name, ApiKeyKind.SECRET, Set.of(StaffRole.ANALYST)));
    }

    @Test
    void revokingRecordsTheRevocation() {
        fixture.given(SECRET_CREATED)
                .when(new RevokeApiKeyCommand(KEY, TENANT))
                .expectEvents(new ApiKeyRevoked(KEY, TENANT, NOW));
    }

    @Test
    void revokingARevokedKeyChangesNothing() {
        fixture.given(SECRET_CREATED, new ApiKeyRevoked(KEY, TENANT, NOW))
                .when(new RevokeApiKeyCommand(KEY, TENANT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationCannotRevokeTheKey() {
        fixture.given(SECRET_CREATED)
                .when(new RevokeApiKeyCommand(KEY, TenantId.random()))
                .expectException(ApiKeyNotFound.class)
                .expectNoEvents();
    }

    private void rejected(IssueApiKeyCommand command) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(InvalidApiKey.class)
                .expectNoEvents();
    }
}
