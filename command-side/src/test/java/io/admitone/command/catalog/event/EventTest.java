package io.admitone.command.catalog.event;

import io.admitone.kernel.catalog.event.AddTicketTypeCommand;
import io.admitone.kernel.catalog.event.CancelEventCommand;
import io.admitone.kernel.catalog.event.CancelPerformanceCommand;
import io.admitone.kernel.catalog.event.ChangeEventDetailsCommand;
import io.admitone.kernel.catalog.event.ChangeTicketTypeCommand;
import io.admitone.kernel.catalog.event.CreateEventCommand;
import io.admitone.kernel.catalog.event.EventCancelled;
import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventDetailsChanged;
import io.admitone.kernel.catalog.event.EventPublished;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformancePostponed;
import io.admitone.kernel.catalog.event.PostponePerformanceCommand;
import io.admitone.kernel.catalog.event.PublishEventCommand;
import io.admitone.kernel.catalog.event.ReschedulePerformanceCommand;
import io.admitone.kernel.catalog.event.SchedulePerformanceCommand;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.admitone.command.catalog.event.EventFixtures.CREATED;
import static io.admitone.command.catalog.event.EventFixtures.EVENT;
import static io.admitone.command.catalog.event.EventFixtures.FLOOR;
import static io.admitone.command.catalog.event.EventFixtures.FLOOR_ADDED;
import static io.admitone.command.catalog.event.EventFixtures.FLOOR_TERMS;
import static io.admitone.command.catalog.event.EventFixtures.NOW;
import static io.admitone.command.catalog.event.EventFixtures.OTHER_TENANT;
import static io.admitone.command.catalog.event.EventFixtures.OTHER_VENUE;
import static io.admitone.command.catalog.event.EventFixtures.PERFORMANCE;
import static io.admitone.command.catalog.event.EventFixtures.PUBLISHED;
import static io.admitone.command.catalog.event.EventFixtures.SCHEDULED;
import static io.admitone.command.catalog.event.EventFixtures.TENANT;
import static io.admitone.command.catalog.event.EventFixtures.TIMES;
import static io.admitone.command.catalog.event.EventFixtures.VENUE;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** An event's details and life: draft, published, cancelled. */
class EventTest {

    private AggregateTestFixture<Event> fixture;

    @BeforeEach
    void setUp() {
        fixture = EventFixtures.fixture();
    }

    @Test
    void creatingAnEventRecordsADraftInCanonicalForm() {
        fixture.givenNoPriorActivity()
                .when(new CreateEventCommand(EVENT, TENANT, VENUE, "  Night of Strings ", " Four quartets, one night. ",
                        "Classical", List.of("Strings", " chamber-music", "strings"), " "))
                .expectEvents(CREATED);
    }

    @Test
    void anEventMayHaveAnHttpsImageAndNoDescriptionOrTags() {
        fixture.givenNoPriorActivity()
                .when(new CreateEventCommand(EVENT, TENANT, VENUE, "Night of Strings", null, "concert", null,
                        "https://cdn.example.com/strings.jpg"))
                .expectEvents(new EventCreated(EVENT, TENANT, VENUE, "Night of Strings", null, "concert", List.of(),
                        "https://cdn.example.com/strings.jpg", NOW));
    }

    @Test
    void anEventNeedsAVenueOfItsOwnOrganisation() {
        for (VenueId venue : List.of(OTHER_VENUE, VenueId.random())) {
            fixture.givenNoPriorActivity()
                    .when(new CreateEventCommand(EVENT, TENANT, venue, "Night of Strings", null, "concert", null, null))
                    .expectException(InMemoryVenueLayouts.VenueNotFound.class)
                    .expectNoEvents();
        }
    }

    static Stream<Arguments> invalidDetails() {
        return Stream.of(
                arguments("   ", "concert", List.of(), null, null),
                arguments("x".repeat(201), "concert", List.of(), null, null),
                arguments("Title", "concert", List.of(), "x".repeat(10_001), null),
                arguments("Title", "concerts", List.of(), null, null),
                arguments("Title", null, List.of(), null, null),
                arguments("Title", "concert", List.of("open air"), null, null),
                arguments("Title", "concert", List.of("x".repeat(51)), null, null),
                arguments("Title", "concert", IntStream.range(0, 21).mapToObj(i -> "tag-" + i).toList(), null, null),
                arguments("Title", "concert", List.of(), null, "http://cdn.example.com/strings.jpg"),
                arguments("Title", "concert", List.of(), null, "/images/strings.jpg"),
                arguments("Title", "concert", List.of(), null, "https://"),
                arguments("Title", "concert", List.of(), null, "https://cdn.example.com/" + "x".repeat(2048)));
    }

    @ParameterizedTest
    @MethodSource("invalidDetails")
    void detailsBreakingTheirRulesAreRejected(String title, String category, List<String> tags, String description,
                                              String imageUrl) {
        fixture.givenNoPriorActivity()
                .when(new CreateEventCommand(EVENT, TENANT, VENUE, title, description, category, tags, imageUrl))
                .expectException(InvalidEventDetails.class)
                .expectNoEvents();
        fixture.given(CREATED)
                .when(new ChangeEventDetailsCommand(EVENT, TENANT, title, description, category, tags, imageUrl))
                .expectException(InvalidEventDetails.class)
                .expectNoEvents();
    }

    @Test
    void changingDetailsRecordsAllOfThem() {
        fixture.given(CREATED, PUBLISHED)
                .when(new ChangeEventDetailsCommand(EVENT, TENANT, "Night of Strings II", null, "CONCERT",
                        List.of("strings"), "https://cdn.example.com/ii.jpg"))
                .expectEvents(new EventDetailsChanged(EVENT, TENANT, "Night of Strings II", null, "concert",
                        List.of("strings"), "https://cdn.example.com/ii.jpg", NOW));
    }

    @Test
    void detailsEqualToTheCurrentOnesChangeNothing() {
        fixture.given(CREATED)
                .when(new ChangeEventDetailsCommand(EVENT, TENANT, "Night of Strings ", "Four quartets, one night.",
                        "classical", List.of("strings", "Chamber-Music"), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void publishingAnEventWithAScheduledPerformanceAndATicketTypeRecordsIt() {
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED)
                .when(new PublishEventCommand(EVENT, TENANT))
                .expectEvents(new EventPublished(EVENT, TENANT, NOW));
    }

    @Test
    void publishingNeedsAScheduledPerformance() {
        fixture.given(CREATED, FLOOR_ADDED)
                .when(new PublishEventCommand(EVENT, TENANT))
                .expectException(EventNotReadyToPublish.class)
                .expectNoEvents();
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED, new PerformancePostponed(EVENT, TENANT, PERFORMANCE, NOW))
                .when(new PublishEventCommand(EVENT, TENANT))
                .expectException(EventNotReadyToPublish.class)
                .expectNoEvents();
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED,
                        new PerformanceCancelled(EVENT, TENANT, PERFORMANCE, "Storm", NOW))
                .when(new PublishEventCommand(EVENT, TENANT))
                .expectException(EventNotReadyToPublish.class)
                .expectNoEvents();
    }

    @Test
    void publishingNeedsATicketType() {
        fixture.given(CREATED, SCHEDULED)
                .when(new PublishEventCommand(EVENT, TENANT))
                .expectException(EventNotReadyToPublish.class)
                .expectNoEvents();
    }

    @Test
    void publishingAPublishedEventChangesNothing() {
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED, PUBLISHED)
                .when(new PublishEventCommand(EVENT, TENANT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cancellingAPublishedEventRecordsTheReason() {
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED, PUBLISHED)
                .when(new CancelEventCommand(EVENT, TENANT, " Artist ill "))
                .expectEvents(new EventCancelled(EVENT, TENANT, "Artist ill", NOW));
    }

    @Test
    void aDraftMayBeCancelled() {
        fixture.given(CREATED)
                .when(new CancelEventCommand(EVENT, TENANT, "Not going ahead"))
                .expectEvents(new EventCancelled(EVENT, TENANT, "Not going ahead", NOW));
    }

    @Test
    void cancellingACancelledEventChangesNothing() {
        fixture.given(CREATED, new EventCancelled(EVENT, TENANT, "Artist ill", NOW))
                .when(new CancelEventCommand(EVENT, TENANT, "Still ill"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCancellationNeedsAShortReason() {
        for (String reason : Stream.of(null, " ", "x".repeat(501)).toList()) {
            fixture.given(CREATED)
                    .when(new CancelEventCommand(EVENT, TENANT, reason))
                    .expectException(InvalidCancellationReason.class)
                    .expectNoEvents();
        }
    }

    static Stream<Object> everyChange() {
        return Stream.of(
                new ChangeEventDetailsCommand(EVENT, TENANT, "Title", null, "concert", List.of(), null),
                new PublishEventCommand(EVENT, TENANT),
                new SchedulePerformanceCommand(EVENT, TENANT, PerformanceId.random(), TIMES),
                new ReschedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, TIMES),
                new PostponePerformanceCommand(EVENT, TENANT, PERFORMANCE),
                new CancelPerformanceCommand(EVENT, TENANT, PERFORMANCE, "Storm"),
                new AddTicketTypeCommand(EVENT, TENANT, TicketTypeId.random(), FLOOR_TERMS),
                new ChangeTicketTypeCommand(EVENT, TENANT, FLOOR,
                        EventFixtures.standing("Floor", Money.of("59.00", "EUR"))));
    }

    @ParameterizedTest
    @MethodSource("everyChange")
    void aCancelledEventDoesNotChange(Object command) {
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED, PUBLISHED, new EventCancelled(EVENT, TENANT, "Artist ill", NOW))
                .when(command)
                .expectException(EventIsCancelled.class)
                .expectNoEvents();
    }

    @ParameterizedTest
    @MethodSource("everyChange")
    void anotherOrganisationIsToldTheEventDoesNotExist(Object command) {
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED)
                .when(inOtherOrganisation(command))
                .expectException(EventNotFound.class)
                .expectNoEvents();
    }

    @Test
    void anotherOrganisationCannotCancelTheEvent() {
        fixture.given(CREATED)
                .when(new CancelEventCommand(EVENT, OTHER_TENANT, "Taken over"))
                .expectException(EventNotFound.class)
                .expectNoEvents();
    }

    private static Object inOtherOrganisation(Object command) {
        TenantId other = OTHER_TENANT;
        return switch (command) {
            case ChangeEventDetailsCommand c -> new ChangeEventDetailsCommand(c.eventId(), other, c.title(),
                    c.description(), c.category(), c.tags(), c.imageUrl());
            case PublishEventCommand c -> new PublishEventCommand(c.eventId(), other);
            case SchedulePerformanceCommand c -> new SchedulePerformanceCommand(c.eventId(), other, c.performanceId(),
                    c.times());
            case ReschedulePerformanceCommand c -> new ReschedulePerformanceCommand(c.eventId(), other,
                    c.performanceId(), c.times());
            case PostponePerformanceCommand c -> new PostponePerformanceCommand(c.eventId(), other, c.performanceId());
            case CancelPerformanceCommand c -> new CancelPerformanceCommand(c.eventId(), other, c.performanceId(),
                    c.reason());
            case AddTicketTypeCommand c -> new AddTicketTypeCommand(c.eventId(), other, c.ticketTypeId(), c.terms());
            case ChangeTicketTypeCommand c -> new ChangeTicketTypeCommand(c.eventId(), other, c.ticketTypeId(),
                    c.terms());
            default -> throw new IllegalArgumentException(command.toString());
        };
    }
}
