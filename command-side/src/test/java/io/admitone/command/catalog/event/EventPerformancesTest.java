package io.admitone.command.catalog.event;

import io.admitone.kernel.catalog.event.CancelPerformanceCommand;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformancePostponed;
import io.admitone.kernel.catalog.event.PerformanceRescheduled;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.event.PostponePerformanceCommand;
import io.admitone.kernel.catalog.event.ReschedulePerformanceCommand;
import io.admitone.kernel.catalog.event.SchedulePerformanceCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static io.admitone.command.catalog.event.EventFixtures.CREATED;
import static io.admitone.command.catalog.event.EventFixtures.EVENT;
import static io.admitone.command.catalog.event.EventFixtures.FLOOR_ADDED;
import static io.admitone.command.catalog.event.EventFixtures.NOW;
import static io.admitone.command.catalog.event.EventFixtures.PERFORMANCE;
import static io.admitone.command.catalog.event.EventFixtures.PUBLISHED;
import static io.admitone.command.catalog.event.EventFixtures.SCHEDULED;
import static io.admitone.command.catalog.event.EventFixtures.SECOND_PERFORMANCE;
import static io.admitone.command.catalog.event.EventFixtures.STARTS;
import static io.admitone.command.catalog.event.EventFixtures.TENANT;
import static io.admitone.command.catalog.event.EventFixtures.TIMES;
import static io.admitone.command.catalog.event.EventFixtures.VENUE;

/** An event's performances: scheduled, rescheduled, postponed, cancelled. */
class EventPerformancesTest {

    static final Instant ENDS = TIMES.endsAt();
    static final Instant ON_SALE = TIMES.onSaleFrom();
    static final PerformanceTimes LATER = new PerformanceTimes(STARTS.plus(Duration.ofDays(7)),
            ENDS.plus(Duration.ofDays(7)), null, ON_SALE, STARTS.plus(Duration.ofDays(7)));

    private AggregateTestFixture<Event> fixture;

    @BeforeEach
    void setUp() {
        fixture = EventFixtures.fixture();
    }

    @Test
    void schedulingAPerformanceRecordsItsTimesAtTheEventsVenue() {
        fixture.given(CREATED)
                .when(new SchedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, TIMES))
                .expectEvents(SCHEDULED);
    }

    @Test
    void anEventHasSeveralPerformancesAndTheyMayBeAddedAfterPublishing() {
        fixture.given(CREATED, SCHEDULED, FLOOR_ADDED, PUBLISHED)
                .when(new SchedulePerformanceCommand(EVENT, TENANT, SECOND_PERFORMANCE, LATER))
                .expectEvents(new PerformanceScheduled(EVENT, TENANT, SECOND_PERFORMANCE, VENUE, LATER, NOW));
    }

    @Test
    void doorsMayOpenAtTheStartAndSalesRunUntilTheEnd() {
        PerformanceTimes edge = new PerformanceTimes(STARTS, ENDS, STARTS, ON_SALE, ENDS);
        fixture.given(CREATED)
                .when(new SchedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, edge))
                .expectEvents(new PerformanceScheduled(EVENT, TENANT, PERFORMANCE, VENUE, edge, NOW));
    }

    @Test
    void schedulingTheSamePerformanceAgainChangesNothing() {
        fixture.given(CREATED, SCHEDULED)
                .when(new SchedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, TIMES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPerformanceIdCannotBeUsedAgainForOtherTimes() {
        fixture.given(CREATED, SCHEDULED)
                .when(new SchedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, LATER))
                .expectException(PerformanceAlreadyScheduled.class)
                .expectNoEvents();
    }

    static Stream<PerformanceTimes> invalidTimes() {
        return Stream.of(
                new PerformanceTimes(ENDS, STARTS, null, ON_SALE, STARTS),
                new PerformanceTimes(STARTS, STARTS, null, ON_SALE, STARTS),
                new PerformanceTimes(STARTS, ENDS, STARTS.plusSeconds(1), ON_SALE, STARTS),
                new PerformanceTimes(STARTS, ENDS, null, STARTS, STARTS),
                new PerformanceTimes(STARTS, ENDS, null, STARTS, ON_SALE),
                new PerformanceTimes(STARTS, ENDS, null, ON_SALE, ENDS.plusSeconds(1)),
                new PerformanceTimes(null, ENDS, null, ON_SALE, STARTS),
                new PerformanceTimes(STARTS, ENDS, null, null, STARTS),
                null);
    }

    @ParameterizedTest
    @MethodSource("invalidTimes")
    void timesOutOfOrderAreRejected(PerformanceTimes times) {
        fixture.given(CREATED)
                .when(new SchedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, times))
                .expectException(InvalidPerformanceTimes.class)
                .expectNoEvents();
        fixture.given(CREATED, SCHEDULED)
                .when(new ReschedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, times))
                .expectException(InvalidPerformanceTimes.class)
                .expectNoEvents();
    }

    @Test
    void reschedulingRecordsTheNewTimes() {
        fixture.given(CREATED, SCHEDULED)
                .when(new ReschedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, LATER))
                .expectEvents(new PerformanceRescheduled(EVENT, TENANT, PERFORMANCE, LATER, NOW));
    }

    @Test
    void reschedulingToTheSameTimesChangesNothing() {
        fixture.given(CREATED, SCHEDULED)
                .when(new ReschedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, TIMES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void reschedulingAPostponedPerformanceSchedulesItAgainEvenAtItsOldTimes() {
        fixture.given(CREATED, SCHEDULED, new PerformancePostponed(EVENT, TENANT, PERFORMANCE, NOW))
                .when(new ReschedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, TIMES))
                .expectEvents(new PerformanceRescheduled(EVENT, TENANT, PERFORMANCE, TIMES, NOW));
    }

    @Test
    void postponingRecordsIt() {
        fixture.given(CREATED, SCHEDULED)
                .when(new PostponePerformanceCommand(EVENT, TENANT, PERFORMANCE))
                .expectEvents(new PerformancePostponed(EVENT, TENANT, PERFORMANCE, NOW));
    }

    @Test
    void postponingAPostponedPerformanceChangesNothing() {
        fixture.given(CREATED, SCHEDULED, new PerformancePostponed(EVENT, TENANT, PERFORMANCE, NOW))
                .when(new PostponePerformanceCommand(EVENT, TENANT, PERFORMANCE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cancellingAPerformanceRecordsTheReason() {
        fixture.given(CREATED, SCHEDULED, new PerformancePostponed(EVENT, TENANT, PERFORMANCE, NOW))
                .when(new CancelPerformanceCommand(EVENT, TENANT, PERFORMANCE, " Storm damage "))
                .expectEvents(new PerformanceCancelled(EVENT, TENANT, PERFORMANCE, "Storm damage", NOW));
    }

    @Test
    void cancellingACancelledPerformanceChangesNothing() {
        fixture.given(CREATED, SCHEDULED, new PerformanceCancelled(EVENT, TENANT, PERFORMANCE, "Storm", NOW))
                .when(new CancelPerformanceCommand(EVENT, TENANT, PERFORMANCE, "Storm again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPerformanceCancellationNeedsAReason() {
        fixture.given(CREATED, SCHEDULED)
                .when(new CancelPerformanceCommand(EVENT, TENANT, PERFORMANCE, " "))
                .expectException(InvalidCancellationReason.class)
                .expectNoEvents();
    }

    @Test
    void aCancelledPerformanceIsNeitherRescheduledNorPostponed() {
        PerformanceCancelled cancelled = new PerformanceCancelled(EVENT, TENANT, PERFORMANCE, "Storm", NOW);
        fixture.given(CREATED, SCHEDULED, cancelled)
                .when(new ReschedulePerformanceCommand(EVENT, TENANT, PERFORMANCE, LATER))
                .expectException(PerformanceIsCancelled.class)
                .expectNoEvents();
        fixture.given(CREATED, SCHEDULED, cancelled)
                .when(new PostponePerformanceCommand(EVENT, TENANT, PERFORMANCE))
                .expectException(PerformanceIsCancelled.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownPerformanceIsNotFound() {
        PerformanceId unknown = PerformanceId.random();
        for (Object command : new Object[]{new ReschedulePerformanceCommand(EVENT, TENANT, unknown, LATER),
                new PostponePerformanceCommand(EVENT, TENANT, unknown),
                new CancelPerformanceCommand(EVENT, TENANT, unknown, "Storm")}) {
            fixture.given(CREATED, SCHEDULED)
                    .when(command)
                    .expectException(PerformanceNotFound.class)
                    .expectNoEvents();
        }
    }
}
