package io.admitone.command.webhook;

import io.admitone.command.organisation.OrganisationHistories;
import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.SecretSeal;
import io.admitone.kernel.organisation.OrganisationCreated;
import io.admitone.kernel.organisation.OrganisationSuspended;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.webhook.ChangeWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.CreateWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.DeleteWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.IssuedWebhookSecret;
import io.admitone.kernel.webhook.RedeliverWebhookCommand;
import io.admitone.kernel.webhook.ReplayWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.RotateWebhookSecretCommand;
import io.admitone.kernel.webhook.WebhookRedeliveryRequested;
import io.admitone.kernel.webhook.WebhookReplayRequested;
import io.admitone.kernel.webhook.WebhookSecret;
import io.admitone.kernel.webhook.WebhookSecretRotated;
import io.admitone.kernel.webhook.WebhookSubscriptionChanged;
import io.admitone.kernel.webhook.WebhookSubscriptionCreated;
import io.admitone.kernel.webhook.WebhookSubscriptionDeleted;
import io.admitone.kernel.webhook.WebhookSubscriptionId;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

class WebhookSubscriptionTest {

    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final WebhookSubscriptionId SUBSCRIPTION = WebhookSubscriptionId.of("8a4e2c1d-5b6f-4e3a-9c7d-1f2e3d4c5b6a");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final TenantId SUSPENDED = TenantId.of("5d2c1b0a-9e8f-4a7b-8c6d-5e4f3a2b1c0d");
    static final UUID DELIVERY = UUID.fromString("0c9d8e7f-6a5b-4c3d-8e1f-2a3b4c5d6e7f");
    /** IP literals: a host name would make the tests depend on the resolver. */
    static final String URL = "https://203.0.113.10/hooks";
    static final String PRIVATE_URL = "http://10.20.30.40/hooks";
    static final SecretSeal SEAL = new SecretSeal(new byte[32]);
    /** Fixed randomness, so that the generated secret is known; every secret it generates is this one. */
    static final RandomGenerator FIXED = () -> 42L;
    static final String SECRET = WebhookSecret.generate(FIXED);
    static final WebhookSubscriptionCreated CREATED = new WebhookSubscriptionCreated(SUBSCRIPTION, TENANT, URL,
            List.of("order.*", "hold.expired"), "Box office sync", true, SEAL.seal(SECRET), NOW);
    static final WebhookSubscriptionDeleted DELETED = new WebhookSubscriptionDeleted(SUBSCRIPTION, TENANT, NOW);

    private AggregateTestFixture<WebhookSubscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAllowingPrivateTargets(false);
    }

    private static AggregateTestFixture<WebhookSubscription> fixtureAllowingPrivateTargets(boolean allowed) {
        AggregateTestFixture<WebhookSubscription> fixture = new AggregateTestFixture<>(WebhookSubscription.class);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        WebhookSecrets secrets = new WebhookSecrets(SEAL, FIXED);
        WebhookTargetPolicy targets = new WebhookTargetPolicy(allowed);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(secrets);
        fixture.registerInjectableResource(targets);
        fixture.registerAnnotatedCommandHandler(new WebhookSubscriptionIssuer(fixture.getRepository(),
                OrganisationHistories.of(
                        new OrganisationCreated(TENANT, "Arena", "arena", "EUR", "Europe/Berlin", "de-DE", NOW),
                        new OrganisationCreated(SUSPENDED, "Club", "club", "EUR", "Europe/Berlin", "de-DE", NOW),
                        new OrganisationSuspended(SUSPENDED, "Unpaid invoices", NOW)),
                secrets, targets, clock));
        return fixture;
    }

    @Test
    void creatingKeepsTheSecretOnlySealedAndAnswersItOnce() {
        fixture.givenNoPriorActivity()
                .when(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, URL,
                        List.of("order.*", "hold.expired"), "Box office sync", true))
                .expectEventsMatching(exactlyWithSecretSealed(new WebhookSubscriptionCreated(SUBSCRIPTION, TENANT, URL,
                        List.of("order.*", "hold.expired"), "Box office sync", true, SECRET, NOW)))
                .expectResultMessagePayload(new CreatedWebhookSubscription(
                        new IssuedWebhookSecret(SUBSCRIPTION, SECRET),
                        new WebhookSettings(URL, List.of("order.*", "hold.expired"), "Box office sync", true)));
    }

    @Test
    void eventTypesGivenTwiceAreKeptOnceWhereTheyFirstCameAndNoDescriptionIsAnEmptyOne() {
        fixture.givenNoPriorActivity()
                .when(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, URL,
                        List.of("order.refunded", "*", "order.refunded"), null, false))
                .expectEventsMatching(exactlyWithSecretSealed(new WebhookSubscriptionCreated(SUBSCRIPTION, TENANT, URL,
                        List.of("order.refunded", "*"), "", false, SECRET, NOW)))
                .expectResultMessagePayload(new CreatedWebhookSubscription(
                        new IssuedWebhookSecret(SUBSCRIPTION, SECRET),
                        new WebhookSettings(URL, List.of("order.refunded", "*"), "", false)));
    }

    @Test
    void privateTargetsAreAcceptedWhereTheServerAllowsThem() {
        fixtureAllowingPrivateTargets(true).givenNoPriorActivity()
                .when(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, PRIVATE_URL, List.of("*"), "", true))
                .expectEventsMatching(exactlyWithSecretSealed(new WebhookSubscriptionCreated(SUBSCRIPTION, TENANT,
                        PRIVATE_URL, List.of("*"), "", true, SECRET, NOW)));
    }

    @Test
    void noSubscriptionIsMadeInAnOrganisationThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, TenantId.random(), URL, List.of("*"), "", true))
                .expectException(DomainRejection.class)
                .expectExceptionMessage(startsWith("No organisation"))
                .expectNoEvents();
    }

    @Test
    void noSubscriptionIsMadeInASuspendedOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, SUSPENDED, URL, List.of("*"), "", true))
                .expectException(DomainRejection.class)
                .expectExceptionMessage(containsString("suspended"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"ftp://203.0.113.10/hooks", "/hooks", "https://user:pw@203.0.113.10/hooks",
            "https://203.0.113.10/hooks#top", "http://10.20.30.40/hooks", "http://127.0.0.1:9000/hooks",
            "http://169.254.169.254/latest/meta-data", "http://[::1]/hooks", "http://100.64.0.1/hooks"})
    void aTargetThatIsNoPublicHttpUrlIsRejected(String url) {
        rejected(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, url, List.of("*"), "", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"order.shipped", "shipping.*", "order", "", " ", "**"})
    void anEventTypeTheCatalogueDoesNotKnowIsRejected(String type) {
        rejected(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, URL, List.of("order.*", type), "", true));
    }

    @Test
    void aSubscriptionNeedsAnEventType() {
        rejected(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, URL, List.of(), "", true));
    }

    @Test
    void aSubscriptionNamesAtMostFiftyEventTypes() {
        rejected(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, URL,
                Collections.nCopies(WebhookSettings.MAX_EVENT_TYPES + 1, "*"), "", true));
    }

    @Test
    void aDescriptionIsAtMostFiveHundredCharacters() {
        rejected(new CreateWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, URL, List.of("*"),
                "x".repeat(WebhookSettings.MAX_DESCRIPTION_LENGTH + 1), true));
    }

    @Test
    void changingRecordsAllTheSettingsAfterTheChangeAndAnswersThem() {
        fixture.given(CREATED)
                .when(new ChangeWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, "https://203.0.113.20/v2", null,
                        null, false))
                .expectEvents(new WebhookSubscriptionChanged(SUBSCRIPTION, TENANT, "https://203.0.113.20/v2",
                        List.of("order.*", "hold.expired"), "Box office sync", false, NOW))
                .expectResultMessagePayload(new WebhookSettings("https://203.0.113.20/v2",
                        List.of("order.*", "hold.expired"), "Box office sync", false));
    }

    @Test
    void changingEventTypesAndDescriptionFollowsTheRulesOfCreation() {
        fixture.given(CREATED)
                .when(new ChangeWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, null,
                        List.of("ticket.checked_in", "ticket.checked_in"), "", null))
                .expectEvents(new WebhookSubscriptionChanged(SUBSCRIPTION, TENANT, URL, List.of("ticket.checked_in"),
                        "", true, NOW));
    }

    @Test
    void aChangeThatChangesNothingRecordsNothing() {
        fixture.given(CREATED)
                .when(new ChangeWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, URL, null, "Box office sync", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(new WebhookSettings(URL, List.of("order.*", "hold.expired"),
                        "Box office sync", true));
    }

    @Test
    void pausingAPausedSubscriptionRecordsNothing() {
        fixture.given(CREATED, new WebhookSubscriptionChanged(SUBSCRIPTION, TENANT, URL,
                        List.of("order.*", "hold.expired"), "Box office sync", false, NOW))
                .when(new ChangeWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, null, null, null, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void enablingAnEnabledSubscriptionIsRecordedSoThatOneTheDispatcherDisabledComesBack() {
        fixture.given(CREATED)
                .when(new ChangeWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, null, null, null, true))
                .expectEvents(new WebhookSubscriptionChanged(SUBSCRIPTION, TENANT, URL,
                        List.of("order.*", "hold.expired"), "Box office sync", true, NOW));
    }

    @Test
    void aChangeToAPrivateTargetIsRejected() {
        fixture.given(CREATED)
                .when(new ChangeWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, PRIVATE_URL, null, null, null))
                .expectException(InvalidWebhookSubscription.class)
                .expectExceptionMessage(containsString("private address"))
                .expectNoEvents();
    }

    @Test
    void aChangeToNoEventTypesIsRejected() {
        fixture.given(CREATED)
                .when(new ChangeWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, null, List.of(), null, null))
                .expectException(InvalidWebhookSubscription.class)
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationCannotChangeTheSubscription() {
        notFound(List.of(CREATED), new ChangeWebhookSubscriptionCommand(SUBSCRIPTION, TenantId.random(), null, null,
                null, false));
    }

    @Test
    void aDeletedSubscriptionCannotBeChanged() {
        notFound(List.of(CREATED, DELETED), new ChangeWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, null, null,
                null, true));
    }

    @Test
    void deletingRecordsTheDeletion() {
        fixture.given(CREATED)
                .when(new DeleteWebhookSubscriptionCommand(SUBSCRIPTION, TENANT))
                .expectEvents(DELETED);
    }

    @Test
    void aDeletedSubscriptionIsGoneForADeletionToo() {
        notFound(List.of(CREATED, DELETED), new DeleteWebhookSubscriptionCommand(SUBSCRIPTION, TENANT));
    }

    @Test
    void anotherOrganisationCannotDeleteTheSubscription() {
        notFound(List.of(CREATED), new DeleteWebhookSubscriptionCommand(SUBSCRIPTION, TenantId.random()));
    }

    @Test
    void rotatingKeepsTheOldSecretSigningForADayByDefault() {
        Instant validUntil = NOW.plus(Duration.ofHours(24));
        fixture.given(CREATED)
                .when(new RotateWebhookSecretCommand(SUBSCRIPTION, TENANT, null))
                .expectEventsMatching(exactlyWithSecretSealed(new WebhookSecretRotated(SUBSCRIPTION, TENANT, SECRET,
                        validUntil, NOW)))
                .expectResultMessagePayload(new RotatedWebhookSecret(new IssuedWebhookSecret(SUBSCRIPTION, SECRET),
                        validUntil));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT0S", "PT1H", "P7D"})
    void rotatingKeepsTheOldSecretSigningForTheGracePeriodGiven(String grace) {
        Instant validUntil = NOW.plus(Duration.parse(grace));
        fixture.given(CREATED)
                .when(new RotateWebhookSecretCommand(SUBSCRIPTION, TENANT, Duration.parse(grace)))
                .expectEventsMatching(exactlyWithSecretSealed(new WebhookSecretRotated(SUBSCRIPTION, TENANT, SECRET,
                        validUntil, NOW)))
                .expectResultMessagePayload(new RotatedWebhookSecret(new IssuedWebhookSecret(SUBSCRIPTION, SECRET),
                        validUntil));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-PT1S", "P7DT1S", "P30D"})
    void aGracePeriodIsNoneToSevenDays(String grace) {
        fixture.given(CREATED)
                .when(new RotateWebhookSecretCommand(SUBSCRIPTION, TENANT, Duration.parse(grace)))
                .expectException(InvalidWebhookSubscription.class)
                .expectNoEvents();
    }

    @Test
    void aDeletedSubscriptionGetsNoNewSecret() {
        notFound(List.of(CREATED, DELETED), new RotateWebhookSecretCommand(SUBSCRIPTION, TENANT, null));
    }

    @Test
    void anotherOrganisationCannotRotateTheSecret() {
        notFound(List.of(CREATED), new RotateWebhookSecretCommand(SUBSCRIPTION, TenantId.random(), null));
    }

    @Test
    void aRedeliveryIsRecordedAsARequest() {
        UUID redelivery = UUID.randomUUID();
        fixture.given(CREATED)
                .when(new RedeliverWebhookCommand(SUBSCRIPTION, TENANT, DELIVERY, redelivery))
                .expectEvents(new WebhookRedeliveryRequested(SUBSCRIPTION, TENANT, DELIVERY, redelivery, NOW));
    }

    @Test
    void anotherOrganisationCannotAskForARedelivery() {
        notFound(List.of(CREATED), new RedeliverWebhookCommand(SUBSCRIPTION, TenantId.random(), DELIVERY,
                UUID.randomUUID()));
    }

    @Test
    void aDeletedSubscriptionDeliversNothingAgain() {
        notFound(List.of(CREATED, DELETED), new RedeliverWebhookCommand(SUBSCRIPTION, TENANT, DELIVERY,
                UUID.randomUUID()));
    }

    @Test
    void aReplayFromAStreamPositionIsRecordedAsARequest() {
        UUID replay = UUID.randomUUID();
        fixture.given(CREATED)
                .when(new ReplayWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, replay, 1L, null))
                .expectEvents(new WebhookReplayRequested(SUBSCRIPTION, TENANT, replay, 1L, null, NOW));
    }

    @Test
    void aReplayFromAnInstantUpToNowIsRecordedAsARequest() {
        UUID replay = UUID.randomUUID();
        fixture.given(CREATED)
                .when(new ReplayWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, replay, null, NOW))
                .expectEvents(new WebhookReplayRequested(SUBSCRIPTION, TENANT, replay, null, NOW, NOW));
    }

    @Test
    void aReplayStartsFromAPositionOrAnInstantNotBoth() {
        replayRejected(7L, NOW.minusSeconds(60), "exactly one");
    }

    @Test
    void aReplayNeedsAStart() {
        replayRejected(null, null, "exactly one");
    }

    @Test
    void aReplayStartsFromTheFirstPositionOrLater() {
        replayRejected(0L, null, "at least 1");
    }

    @Test
    void aReplayCannotStartInTheFuture() {
        replayRejected(null, NOW.plusSeconds(1), "future");
    }

    @Test
    void aDeletedSubscriptionReplaysNothing() {
        notFound(List.of(CREATED, DELETED), new ReplayWebhookSubscriptionCommand(SUBSCRIPTION, TENANT,
                UUID.randomUUID(), 1L, null));
    }

    @Test
    void anotherOrganisationCannotAskForAReplay() {
        notFound(List.of(CREATED), new ReplayWebhookSubscriptionCommand(SUBSCRIPTION, TenantId.random(),
                UUID.randomUUID(), 1L, null));
    }

    private void rejected(CreateWebhookSubscriptionCommand command) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(InvalidWebhookSubscription.class)
                .expectNoEvents();
    }

    private void replayRejected(Long fromPosition, Instant fromInstant, String why) {
        fixture.given(CREATED)
                .when(new ReplayWebhookSubscriptionCommand(SUBSCRIPTION, TENANT, UUID.randomUUID(), fromPosition,
                        fromInstant))
                .expectException(InvalidWebhookSubscription.class)
                .expectExceptionMessage(containsString(why))
                .expectNoEvents();
    }

    private void notFound(List<Object> history, Object command) {
        fixture.given(history)
                .when(command)
                .expectException(WebhookSubscriptionNotFound.class)
                .expectNoEvents();
    }

    /**
     * Sealing is randomised, so the one event recorded is compared once its sealed secret is opened: equal to
     * {@code expected}, which holds the secret in the clear where the event holds it sealed.
     */
    private static Matcher<List<Message<?>>> exactlyWithSecretSealed(Object expected) {
        Matcher<Object> opened = new CustomMatcher<>(expected + " with its secret sealed") {
            @Override
            public boolean matches(Object actual) {
                try {
                    return expected.equals(opened(actual));
                } catch (IllegalArgumentException notSealed) {
                    return false;
                }
            }
        };
        return payloadsMatching(exactSequenceOf(opened, andNoMore()));
    }

    private static Object opened(Object event) {
        return switch (event) {
            case WebhookSubscriptionCreated created -> new WebhookSubscriptionCreated(created.subscriptionId(),
                    created.tenantId(), created.url(), created.eventTypes(), created.description(), created.enabled(),
                    SEAL.open(created.sealedSecret()), created.createdAt());
            case WebhookSecretRotated rotated -> new WebhookSecretRotated(rotated.subscriptionId(), rotated.tenantId(),
                    SEAL.open(rotated.sealedSecret()), rotated.previousSecretValidUntil(), rotated.rotatedAt());
            default -> event;
        };
    }
}
