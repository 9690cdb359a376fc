package io.admitone.command.onsale.hold;

import io.admitone.command.inventory.InMemoryOpenedPerformances;
import io.admitone.command.inventory.PartitionsOnABus;
import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.Digests;
import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.inventory.OpenInventoryCommand;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.inventory.SeatedPartitionOpened;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.inventory.SeatsReleased;
import io.admitone.kernel.inventory.StandingPlacesHeld;
import io.admitone.kernel.inventory.StandingPlacesReleased;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldItem;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.kernel.onsale.hold.HoldReleased;
import io.admitone.kernel.onsale.hold.PlaceHoldCommand;
import io.admitone.kernel.onsale.hold.ReleaseHoldCommand;
import io.admitone.kernel.onsale.hold.SeatChoice;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static io.admitone.command.onsale.hold.HoldFixtures.EVENT;
import static io.admitone.command.onsale.hold.HoldFixtures.FLOOR;
import static io.admitone.command.onsale.hold.HoldFixtures.FRONT;
import static io.admitone.command.onsale.hold.HoldFixtures.NOW;
import static io.admitone.command.onsale.hold.HoldFixtures.PERFORMANCE;
import static io.admitone.command.onsale.hold.HoldFixtures.TENANT;
import static io.admitone.command.onsale.hold.HoldFixtures.TERMS;
import static io.admitone.command.onsale.hold.HoldFixtures.VENUE;
import static io.admitone.command.onsale.hold.HoldFixtures.VENUE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The coordination over real partitions and holds on a command bus and an in-memory event store, each command in a
 * unit of work of its own as in the server; the random start slice is always the first.
 */
class HoldPlacingTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore events = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final SimpleDeadlineManager deadlines = SimpleDeadlineManager.builder()
            .scopeAwareProvider(scope -> Stream.empty()).build();
    private PartitionCommands partitions;
    private HoldPlacing placing;

    @BeforeEach
    void partitionsAndHoldsOnABus() {
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(getClass()),
                new SimpleResourceParameterResolverFactory(List.of(clock, deadlines)));
        PartitionsOnABus.subscribe(bus, events, resolvers, (tenant, venue) -> VENUE,
                new InMemoryOpenedPerformances(), clock);
        var holds = EventSourcingRepository.builder(Hold.class).eventStore(events).parameterResolverFactory(resolvers)
                .build();
        AggregateAnnotationCommandHandler.<Hold>builder().aggregateType(Hold.class).repository(holds)
                .parameterResolverFactory(resolvers).build().subscribe(bus);
        partitions = new PartitionCommands(DefaultCommandGateway.builder().commandBus(bus).build());
        SaleCheck catalog = new SaleCheck(null, null, null) {
            @Override
            CheckedHold check(PlaceHoldCommand command, Instant now) {
                return new CheckedHold(EVENT, new HoldRequestRules(VENUE, TERMS::get)
                        .wanted(command.items(), command.seats()));
            }
        };
        placing = new HoldPlacing(catalog, partitions, new SecretTokens(), clock, Duration.ofMinutes(10), () -> 0L);
        partitions.send(new OpenInventoryCommand(PERFORMANCE, TENANT, EVENT, VENUE_ID), MetaData.emptyInstance());
    }

    @AfterEach
    void stopDeadlines() {
        deadlines.shutdown();
    }

    @Test
    void standingPlacesComeFromTheStartSliceAndTheHoldIsRecordedWithThem() {
        PlacedHold placed = place(items(new HoldItem(FLOOR, 2)));

        assertThat(placed.lines()).hasSize(2).allSatisfy(line -> assertThat(line.seat()).isNull());
        assertThat(placed.total().amount()).isEqualByComparingTo("99.00");
        assertThat(placed.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        HoldPlaced recorded = (HoldPlaced) stored(placed.holdId().toString()).getFirst();
        assertThat(recorded.places()).containsExactly(HeldPlaces.standing(slice(0), 2));
        assertThat(recorded.tokenHash()).isEqualTo(Digests.sha256Hex(placed.holdToken()));
    }

    @Test
    void aSliceWithTooFewFreePlacesGivesWhatItHasAndTheNextSliceTheRest() {
        place(items(new HoldItem(FLOOR, 330)));

        PlacedHold placed = place(items(new HoldItem(FLOOR, 10)));

        assertThat(((HoldPlaced) stored(placed.holdId().toString()).getFirst()).places())
                .containsExactly(HeldPlaces.standing(slice(0), 4), HeldPlaces.standing(slice(1), 6));
    }

    @Test
    void zoneSeatsComeSideBySideFromTheFirstSectionThatHasThem() {
        place(seats("A-1-2"));

        PlacedHold placed = place(items(new HoldItem(FRONT, 3)));

        assertThat(placed.lines()).extracting(line -> line.seat()).containsExactly("C-1-1", "C-1-2", "C-1-3");
    }

    @Test
    void withoutSeatsSideBySideAnywhereTheNearestComeFromTheSectionsInMapOrder() {
        place(seats("A-1-2", "C-1-2"));

        PlacedHold placed = place(items(new HoldItem(FRONT, 4)));

        assertThat(placed.lines()).extracting(line -> line.seat())
                .containsExactly("A-1-1", "A-1-3", "A-1-4", "C-1-1");
    }

    @Test
    void whenAPartIsSoldOutEverythingTakenIsGivenBackAndNoHoldIsRecorded() {
        PlaceHoldCommand command = items(new HoldItem(FLOOR, 2), new HoldItem(FRONT, 9));

        DomainRejection rejection = catchThrowableOfType(DomainRejection.class,
                () -> placing.place(command, MetaData.emptyInstance()));

        assertThat(rejection.code()).isEqualTo("sold-out");
        assertThat(stored(slice(0).toString())).hasSize(3).element(2).isInstanceOf(StandingPlacesReleased.class);
        assertThat(stored(PartitionId.of(PERFORMANCE, "A").toString())).last().isInstanceOf(SeatsReleased.class);
        assertThat(stored(PartitionId.of(PERFORMANCE, "C").toString())).last().isInstanceOf(SeatsReleased.class);
        assertThat(stored(command.holdId().toString())).isEmpty();
        place(items(new HoldItem(FRONT, 8)));
    }

    @Test
    void aTakenSeatFailsTheHoldAndTheSeatsTakenBeforeAreGivenBack() {
        place(seats("C-1-1"));

        DomainRejection rejection = catchThrowableOfType(DomainRejection.class,
                () -> place(seats("A-1-1", "C-1-1")));

        assertThat(rejection.code()).isEqualTo("seat-unavailable");
        assertThat(stored(PartitionId.of(PERFORMANCE, "A").toString()))
                .hasExactlyElementsOfTypes(SeatedPartitionOpened.class, SeatsHeld.class,
                        SeatsReleased.class);
    }

    @Test
    void releasingAHoldFreesEveryPartitionsShare() {
        PlacedHold placed = place(new PlaceHoldCommand(HoldId.random(), TENANT, PERFORMANCE,
                List.of(new HoldItem(FLOOR, 3)), List.of(new SeatChoice("A-1-1", FRONT))));

        new HoldReleasing(partitions).release(new ReleaseHoldCommand(placed.holdId(), TENANT,
                Digests.sha256Hex(placed.holdToken()), false), MetaData.emptyInstance());

        assertThat(stored(placed.holdId().toString())).last().isInstanceOf(HoldReleased.class);
        assertThat(stored(slice(0).toString())).last().isInstanceOfSatisfying(StandingPlacesReleased.class,
                released -> assertThat(released.quantity()).isEqualTo(3));
        assertThat(stored(PartitionId.of(PERFORMANCE, "A").toString())).last().isInstanceOf(SeatsReleased.class);
        assertThat(stored(slice(0).toString())).filteredOn(StandingPlacesHeld.class::isInstance).hasSize(1);
    }

    private PlacedHold place(PlaceHoldCommand command) {
        return placing.place(command, MetaData.emptyInstance());
    }

    private static PlaceHoldCommand items(HoldItem... items) {
        return new PlaceHoldCommand(HoldId.random(), TENANT, PERFORMANCE, List.of(items), List.of());
    }

    private static PlaceHoldCommand seats(String... seats) {
        return new PlaceHoldCommand(HoldId.random(), TENANT, PERFORMANCE, List.of(),
                Stream.of(seats).map(seat -> new SeatChoice(seat, FRONT)).toList());
    }

    private static PartitionId slice(int index) {
        return PartitionId.of(PERFORMANCE, PartitionId.sliceKey("Floor", index));
    }

    private List<Object> stored(String aggregateId) {
        return storage.readEvents(aggregateId, 0).asStream().map(Message::getPayload).map(Object.class::cast)
                .toList();
    }
}
