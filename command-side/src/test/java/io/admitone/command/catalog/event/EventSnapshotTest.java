package io.admitone.command.catalog.event;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.admitone.kernel.catalog.event.EventCancelled;
import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventDetailsChanged;
import io.admitone.kernel.catalog.event.EventEvent;
import io.admitone.kernel.catalog.event.EventPublished;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformancePostponed;
import io.admitone.kernel.catalog.event.PerformanceRescheduled;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.money.Money;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.admitone.command.catalog.event.EventFixtures.CREATED;
import static io.admitone.command.catalog.event.EventFixtures.EVENT;
import static io.admitone.command.catalog.event.EventFixtures.FLOOR_ADDED;
import static io.admitone.command.catalog.event.EventFixtures.FRONT;
import static io.admitone.command.catalog.event.EventFixtures.NOW;
import static io.admitone.command.catalog.event.EventFixtures.PERFORMANCE;
import static io.admitone.command.catalog.event.EventFixtures.PUBLISHED;
import static io.admitone.command.catalog.event.EventFixtures.SCHEDULED;
import static io.admitone.command.catalog.event.EventFixtures.SECOND_PERFORMANCE;
import static io.admitone.command.catalog.event.EventFixtures.TENANT;
import static io.admitone.command.catalog.event.EventFixtures.TIMES;
import static io.admitone.command.catalog.event.EventFixtures.VENUE;
import static io.admitone.command.catalog.event.EventFixtures.seated;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events and the aggregate's snapshot go through the JSON serializer the server configures (fields visible), so
 * that nothing an event or the aggregate holds is lost in the event store or a snapshot.
 */
class EventSnapshotTest {

    private final Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(builder -> builder.changeDefaultVisibility(
                    visibility -> visibility.withFieldVisibility(JsonAutoDetect.Visibility.ANY)))
            .build();

    private final List<EventEvent> history = List.of(CREATED, SCHEDULED,
            new PerformanceScheduled(EVENT, TENANT, SECOND_PERFORMANCE, VENUE, TIMES, NOW),
            new PerformancePostponed(EVENT, TENANT, SECOND_PERFORMANCE, NOW),
            new PerformanceRescheduled(EVENT, TENANT, PERFORMANCE, TIMES, NOW),
            FLOOR_ADDED,
            new TicketTypeAdded(EVENT, TENANT, FRONT, seated("Front", Money.of("89.00", "EUR")), NOW),
            new TicketTypeChanged(EVENT, TENANT, FRONT, new TicketTypeTerms("Front",
                    Money.of("89.00", "EUR"), null, "front", 2, 6, TIMES.onSaleFrom(), TIMES.onSaleUntil(), false,
                    new BigDecimal("7.70"), false, Money.of("1.50", "EUR"), new BigDecimal("3.00")), NOW),
            new EventDetailsChanged(EVENT, TENANT, "Strings", "Quartets", "classical", List.of("strings"),
                    "https://cdn.example.com/strings.jpg", NOW),
            PUBLISHED,
            new PerformanceCancelled(EVENT, TENANT, SECOND_PERFORMANCE, "Storm", NOW),
            new EventCancelled(EVENT, TENANT, "Artist ill", NOW));

    @Test
    void everyEventReadsBackAsItWasWritten() {
        for (EventEvent event : history) {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
            assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
        }
    }

    @Test
    void moneyIsWrittenAsAmountAndCurrencyOnly() {
        String json = new String(serializer.serialize(FLOOR_ADDED, byte[].class).getData());
        assertThat(json).contains("\"price\":{\"amount\":\"49.50\",\"currency\":\"EUR\"}");
    }

    @Test
    void theAggregateReadsBackFromItsSnapshot() {
        Event event = new Event();
        history.forEach(e -> apply(event, e));
        SerializedObject<byte[]> snapshot = serializer.serialize(event, byte[].class);

        Event restored = serializer.deserialize(snapshot);
        String json = new String(snapshot.getData());

        assertThat(new String(serializer.serialize(restored, byte[].class).getData())).isEqualTo(json);
        assertThat(json).contains(PERFORMANCE.toString(), FRONT.toString(), "\"status\":\"CANCELLED\"");
    }

    private static void apply(Event aggregate, EventEvent event) {
        switch (event) {
            case EventCreated e -> aggregate.on(e);
            case EventDetailsChanged e -> aggregate.on(e);
            case EventPublished e -> aggregate.on(e);
            case EventCancelled e -> aggregate.on(e);
            case PerformanceScheduled e -> aggregate.on(e);
            case PerformanceRescheduled e -> aggregate.on(e);
            case PerformancePostponed e -> aggregate.on(e);
            case PerformanceCancelled e -> aggregate.on(e);
            case TicketTypeAdded e -> aggregate.on(e);
            case TicketTypeChanged e -> aggregate.on(e);
        }
    }
}
