package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.Digests;
import io.admitone.kernel.catalog.event.EventCancelled;
import io.admitone.kernel.catalog.event.EventCreated;
import io.admitone.kernel.catalog.event.EventDetailsChanged;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.EventPublished;
import io.admitone.kernel.catalog.event.PerformanceCancelled;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformancePostponed;
import io.admitone.kernel.catalog.event.PerformanceRescheduled;
import io.admitone.kernel.catalog.event.PerformanceScheduled;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.event.TicketTypeAdded;
import io.admitone.kernel.catalog.event.TicketTypeChanged;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueCreated;
import io.admitone.kernel.catalog.venue.VenueDetailsChanged;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.inventory.PartitionId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.RefundId;
import io.admitone.kernel.onsale.hold.HeldPlaces;
import io.admitone.kernel.onsale.hold.HoldConverted;
import io.admitone.kernel.onsale.hold.HoldExpired;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.hold.HoldPlaced;
import io.admitone.kernel.onsale.hold.HoldReleased;
import io.admitone.kernel.onsale.order.IssuedTicket;
import io.admitone.kernel.onsale.order.OrderCancelled;
import io.admitone.kernel.onsale.order.OrderConfirmed;
import io.admitone.kernel.onsale.order.OrderExpired;
import io.admitone.kernel.onsale.order.OrderPaymentFailed;
import io.admitone.kernel.onsale.order.OrderPlace;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.onsale.order.OrderRefunded;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.Payment;
import io.admitone.kernel.onsale.order.RefundOutcome;
import io.admitone.kernel.onsale.order.TicketCheckedIn;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.Buyer;
import io.admitone.kernel.personaldata.SealedBuyer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One event of every public type, as the stream of an organisation selling a concert would have it: a venue, an event
 * with its performances and ticket types, holds and orders down to a refund and a check-in. The secrets among them
 * (token digests, ticket codes, partition ids) are exposed so that tests can look for them in the envelopes.
 */
final class PublicEventSamples {

    static final TenantId TENANT = TenantId.of("07f9f3f6-10ab-4395-b39b-84014cbb12e4");
    /** The vault that holds the key of the samples' buyer. */
    static final InMemoryBuyerVault BUYERS = new InMemoryBuyerVault();
    private static final SealedBuyer ADA = BUYERS.seal(TENANT, new Buyer("Ada Lovelace", "ada@example.com"));
    static final String HOLD_TOKEN_DIGEST = Digests.sha256Hex("ht_Vq3XoPz8LwN2cKe7RbT4");
    static final String ORDER_TOKEN_DIGEST = Digests.sha256Hex("ot_Jm5sQa9UyH1dZf6WgE0c");
    static final List<String> TICKET_CODES = List.of("Q7WX-M2KD-9PLA-4RTE", "B3HN-ZC8F-6UVJ-1YSG");
    static final PartitionId SEATS_A = PartitionId.of("fe473d22-4fa9-4e1d-af0c-438a9a4921ed");
    static final PartitionId FLOOR_SLICE = PartitionId.of("9794c2a9-2d0f-4f55-b508-5ce8e7b98db3");

    private static final VenueId VENUE = VenueId.of("021ac767-78ff-4c5e-8f99-2e852a0ee1fa");
    private static final EventId EVENT = EventId.of("b157a03e-cbc4-4a10-9c50-b1b7565076a6");
    private static final EventId RAINED_OFF = EventId.of("2e46fde5-5537-4e20-98d9-48c35f1625e0");
    private static final PerformanceId EVENING = PerformanceId.of("daaa4651-e2b1-4788-b793-aa3e8e8ffc85");
    private static final PerformanceId MATINEE = PerformanceId.of("b978fc98-8c4c-469d-9a2d-dd226d9597b8");
    private static final TicketTypeId FLOOR = TicketTypeId.of("7fa73a31-1288-43fe-85a3-52447a929a86");
    private static final TicketTypeId FRONT = TicketTypeId.of("eb287dd5-c654-4fbb-8daf-6b90f425f780");
    private static final HoldId HOLD = HoldId.of("6b3d64a2-ce33-4084-abac-151a96559d3b");
    private static final OrderId ORDER = OrderId.of("ea2d2475-fd64-46b7-b8b7-df137012fedc");
    private static final UUID TICKET_A17 = UUID.fromString("d3ba00fa-1125-4ceb-8cd4-c12a1b56b751");
    private static final UUID TICKET_A18 = UUID.fromString("866973ac-3130-4c8e-a095-d5e1d0fe6f1d");
    private static final Money FRONT_PRICE = Money.of("89.00", "EUR");
    private static final List<HoldLine> FRONT_PAIR = List.of(new HoldLine(FRONT, "A-1-7", FRONT_PRICE, SEATS_A),
            new HoldLine(FRONT, "A-1-8", FRONT_PRICE, SEATS_A));
    private static final List<HeldPlaces> FRONT_SEATS = List.of(HeldPlaces.seats(SEATS_A, List.of("A-1-7", "A-1-8")));

    /** An event message as the webhooks projection receives it, with the type it must be published as. */
    record Sample(String type, EventMessage<?> message, long position) {
    }

    private PublicEventSamples() {
    }

    static List<Sample> all() {
        return List.of(
                sample("venue.created", "5b9f0698-0c79-46bd-9d55-175dc347a9b6", 1041, "2027-01-08T10:02:11.204Z",
                        new VenueCreated(VENUE, TENANT, "Harbour Hall", "Europe/Berlin", "Hamburg",
                                "Am Kaiserkai 12, 20457 Hamburg", List.of(seated(), standing()), 40, 540,
                                at("2027-01-08T10:02:11.204Z"))),
                sample("venue.updated", "1787cc53-982d-4e96-9b0a-d60d4e8700dd", 1042, "2027-01-08T10:05:40.917Z",
                        new VenueDetailsChanged(VENUE, TENANT, "Harbour Hall", "Europe/Berlin", "Hamburg",
                                "Am Kaiserkai 14, 20457 Hamburg", at("2027-01-08T10:05:40.917Z"))),
                sample("event.created", "0105d663-88b8-43dc-bedf-c43b234ce388", 1050, "2027-01-08T10:14:27.330Z",
                        new EventCreated(EVENT, TENANT, VENUE, "Night of Strings", "Four quartets, one night.",
                                "concert", List.of("strings", "chamber-music"), "https://cdn.example.com/strings.jpg",
                                at("2027-01-08T10:14:27.330Z"))),
                sample("performance.scheduled", "2e06af10-de9f-46f1-ab9b-8981bc9389fc", 1051,
                        "2027-01-08T10:16:02.118Z", new PerformanceScheduled(EVENT, TENANT, EVENING, VENUE,
                                times("2027-03-01T19:30:00Z", "2027-03-01T22:30:00Z", "2027-03-01T18:30:00Z"),
                                at("2027-01-08T10:16:02.118Z"))),
                sample("ticket_type.added", "8bce9bdf-6a0c-4171-9baf-d496f055d004", 1053, "2027-01-08T10:18:45.602Z",
                        new TicketTypeAdded(EVENT, TENANT, FLOOR, floor("49.50"), at("2027-01-08T10:18:45.602Z"))),
                sample("ticket_type.changed", "4584549b-d76d-42dc-9a8e-dff054f907aa", 1090,
                        "2027-01-09T08:40:13.775Z",
                        new TicketTypeChanged(EVENT, TENANT, FLOOR, floor("54.50"), at("2027-01-09T08:40:13.775Z"))),
                sample("event.updated", "83ef387c-3ea7-4ffc-ad5a-bb72170852f4", 1091, "2027-01-09T08:42:51.009Z",
                        new EventDetailsChanged(EVENT, TENANT, "Night of Strings",
                                "Four quartets, one night, and a late encore.", "concert",
                                List.of("strings", "chamber-music"), "https://cdn.example.com/strings.jpg",
                                at("2027-01-09T08:42:51.009Z"))),
                sample("event.published", "6c69a601-f9c5-49b7-81ad-b7997fe00f31", 1102, "2027-01-09T09:00:00.412Z",
                        new EventPublished(EVENT, TENANT, at("2027-01-09T09:00:00.412Z"))),
                sample("hold.placed", "2861ff16-a4ef-4ef2-9141-84eb30e0d725", 20417, "2027-01-15T10:00:03.218Z",
                        new HoldPlaced(HOLD, TENANT, EVENT, EVENING, FRONT_PAIR, Money.of("178.00", "EUR"),
                                FRONT_SEATS, HOLD_TOKEN_DIGEST, at("2027-01-15T10:10:03.218Z"),
                                at("2027-01-15T10:00:03.218Z"))),
                sample("order.placed", "30d5c16c-b793-4ef6-9898-1aa44c170392", 20531, "2027-01-15T10:02:41.556Z",
                        new OrderPlaced(ORDER, TENANT, EVENT, EVENING, HOLD, ADA, new Payment("test", "card-success"), FRONT_PAIR,
                                Money.of("178.00", "EUR"), ORDER_TOKEN_DIGEST, null, at("2027-01-15T10:02:41.556Z"),
                                null)),
                sample("hold.converted", "f8c21b27-d92e-421f-9d54-0e83f03be847", 20532, "2027-01-15T10:02:41.571Z",
                        new HoldConverted(HOLD, TENANT, EVENING, FRONT_SEATS, ORDER, at("2027-01-15T10:02:41.571Z"))),
                sample("order.confirmed", "b4cc6864-df34-443e-8786-92a5b679432c", 20533, "2027-01-15T10:02:41.590Z",
                        new OrderConfirmed(ORDER, TENANT, EVENING, Money.of("178.00", "EUR"), List.of(
                                new IssuedTicket(TICKET_A17, FRONT, "A-1-7", TICKET_CODES.get(0)),
                                new IssuedTicket(TICKET_A18, FRONT, "A-1-8", TICKET_CODES.get(1))),
                                false, at("2027-01-15T10:02:41.590Z"))),
                sample("hold.released", "33e00e2c-a55c-41f6-b830-28992ceb07c7", 20688, "2027-01-15T10:04:19.090Z",
                        new HoldReleased(HoldId.of("ba8e740b-dd1f-44ff-9830-87ee23cbb8ad"), TENANT, EVENING,
                                List.of(HeldPlaces.standing(FLOOR_SLICE, 4)), false, at("2027-01-15T10:04:19.090Z"))),
                sample("hold.expired", "abe5cca9-2b48-4c78-b2ac-9fc40e842cd1", 21307, "2027-01-15T10:16:55.004Z",
                        new HoldExpired(HoldId.of("85063b01-a752-4d34-a607-831ac6e229f9"), TENANT, EVENING,
                                List.of(HeldPlaces.standing(FLOOR_SLICE, 2)), at("2027-01-15T10:16:55.004Z"))),
                sample("order.payment_failed", "f26bd300-65bf-482b-8da6-726c72a1b19e", 21544,
                        "2027-01-15T10:21:08.733Z", new OrderPaymentFailed(
                                OrderId.of("abfd2e86-7adf-4cf1-b531-fc54af079658"), TENANT, EVENING,
                                "card declined", at("2027-01-15T10:21:08.733Z"))),
                sample("order.cancelled", "65607d98-15d5-4dd2-98ed-8d090f4aad62", 24090, "2027-01-16T14:03:27.185Z",
                        new OrderCancelled(OrderId.of("a29552a3-664d-47b4-ab46-dc8599635361"), TENANT, EVENING,
                                "Duplicate booking", List.of(new OrderPlace(FLOOR_SLICE,
                                UUID.fromString("2b480f4f-4116-4593-a4ed-7586bb9eee00"), null)),
                                at("2027-01-16T14:03:27.185Z"))),
                sample("order.expired", "bc2aef9e-a2eb-4e84-84a1-0585b65e84ae", 25871, "2027-01-18T10:30:00.027Z",
                        new OrderExpired(OrderId.of("dc63e6ab-4560-4a26-a788-749d909249b3"), TENANT, EVENING,
                                List.of(new OrderPlace(FLOOR_SLICE, UUID.fromString(
                                        "a4fcd142-5c7f-43fd-8363-dc4405f5b5d6"), null)),
                                at("2027-01-18T10:30:00Z"), at("2027-01-18T10:30:00.027Z"))),
                sample("performance.rescheduled", "9e0d2c51-3f7a-4b8e-a1c6-5d2f8e4b7a90", 27702,
                        "2027-02-10T16:45:12.660Z", new PerformanceRescheduled(EVENT, TENANT, EVENING,
                                times("2027-03-01T20:00:00Z", "2027-03-01T23:00:00Z", "2027-03-01T19:00:00Z"),
                                at("2027-02-10T16:45:12.660Z"))),
                sample("performance.postponed", "c4a7e913-8b2d-4f60-9e15-7d3b6a0f2c48", 27718,
                        "2027-02-10T17:02:48.301Z",
                        new PerformancePostponed(EVENT, TENANT, MATINEE, at("2027-02-10T17:02:48.301Z"))),
                sample("performance.cancelled", "5f3b8d20-6e4a-4c91-b7d8-2a9e1c0f6b35", 28155,
                        "2027-02-14T09:12:30.845Z", new PerformanceCancelled(EVENT, TENANT, MATINEE,
                                "The matinee will not take place; its tickets are refunded.",
                                at("2027-02-14T09:12:30.845Z"))),
                sample("event.cancelled", "7a1e4c9b-0d3f-4e82-95b6-c8f2a3d1e070", 28190, "2027-02-14T11:40:05.512Z",
                        new EventCancelled(RAINED_OFF, TENANT, "The park is closed after storm damage.",
                                at("2027-02-14T11:40:05.512Z"))),
                sample("order.refunded", "e2d94b17-5a6c-4f08-8b3e-91c7f0a2d4b6", 29034, "2027-02-20T15:27:44.918Z",
                        new OrderRefunded(ORDER, TENANT, EVENING, RefundId.of("6af43eb1-6fa9-4fdd-92ec-6db365508f4f"),
                                FRONT_PRICE, "Customer cannot attend", List.of(TICKET_A18),
                                List.of(new OrderPlace(SEATS_A, TICKET_A18, "A-1-8")), "test",
                                new RefundOutcome("test-refund-7c1e52", true), OrderStatus.PARTIALLY_REFUNDED,
                                at("2027-02-20T15:27:44.918Z"))),
                sample("ticket.checked_in", "3c8f1a6e-92d4-4b7a-8e05-f61d2b9c7a43", 33415, "2027-03-01T18:47:12.331Z",
                        new TicketCheckedIn(ORDER, TENANT, EVENING, TICKET_A17, at("2027-03-01T18:47:12.331Z"),
                                "30185d37-8f9d-4e81-a72c-7f07c9f97c17")));
    }

    static Sample of(String type) {
        return all().stream().filter(sample -> sample.type().equals(type)).findFirst().orElseThrow();
    }

    static EventMessage<?> message(Object payload) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, Map.of(), at("2027-01-15T10:00:00Z"));
    }

    private static Sample sample(String type, String id, long position, String timestamp, Object payload) {
        return new Sample(type, new GenericEventMessage<>(id, payload, Map.of(), at(timestamp)), position);
    }

    private static SectionLayout seated() {
        return new SectionLayout("A", SectionKind.SEATED, "front", List.of(new RowLayout("1", 20, null, null, null),
                new RowLayout("2", 20, null, null, null)), null);
    }

    private static SectionLayout standing() {
        return new SectionLayout("Floor", SectionKind.STANDING, null, List.of(), 500);
    }

    private static PerformanceTimes times(String startsAt, String endsAt, String doorsAt) {
        return new PerformanceTimes(at(startsAt), at(endsAt), at(doorsAt), at("2027-01-15T10:00:00Z"), at(startsAt));
    }

    private static TicketTypeTerms floor(String price) {
        return new TicketTypeTerms("Floor", Money.of(price, "EUR"), "Floor", null, 1, 8, null, null, true,
                new BigDecimal("19.00"), true, Money.of("2.50", "EUR"), null);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
