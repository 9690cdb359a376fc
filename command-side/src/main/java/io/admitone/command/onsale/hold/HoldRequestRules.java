package io.admitone.command.onsale.hold;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import io.admitone.kernel.catalog.venue.Seat;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.onsale.hold.HoldItem;
import io.admitone.kernel.onsale.hold.SeatChoice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the items and seats of a request into what to take: a standing ticket type's quantity from its section,
 * a seated one's quantity as best available in its zone, named seats only with a seated ticket type of their zone.
 * The places of each ticket type, items and seats together, must lie within its per-order limits.
 */
final class HoldRequestRules {

    private record SectionAndType(String section, TicketTypeId ticketTypeId) {
    }

    private final VenueLayout venue;
    private final Function<TicketTypeId, TicketTypeTerms> sellable;
    private final Map<TicketTypeId, Integer> places = new LinkedHashMap<>();
    private final Map<TicketTypeId, TicketTypeTerms> terms = new LinkedHashMap<>();

    HoldRequestRules(VenueLayout venue, Function<TicketTypeId, TicketTypeTerms> sellable) {
        this.venue = venue;
        this.sellable = sellable;
    }

    List<Wanted> wanted(List<HoldItem> items, List<SeatChoice> seats) {
        List<Wanted> wanted = new ArrayList<>(seats(seats));
        items.forEach(item -> wanted.add(item(item)));
        places.forEach((ticketTypeId, quantity) -> {
            TicketTypeTerms limits = terms.get(ticketTypeId);
            if (quantity < limits.minPerOrder() || quantity > limits.maxPerOrder()) {
                throw new Rejections.LimitExceeded(ticketTypeId, quantity, limits.minPerOrder(),
                        limits.maxPerOrder());
            }
        });
        return wanted;
    }

    private Wanted item(HoldItem item) {
        if (item.quantity() < 1) {
            throw new Rejections.InvalidHold("A quantity is at least 1, not " + item.quantity());
        }
        TicketTypeTerms type = count(item.ticketTypeId(), item.quantity());
        if (type.section() != null) {
            SectionLayout section = venue.section(type.section()).orElseThrow();
            return new Wanted.Standing(item.ticketTypeId(), type.price(), section, item.quantity());
        }
        List<SectionLayout> sections = venue.sections().stream().filter(s -> s.kind() == SectionKind.SEATED)
                .filter(s -> s.hasPriceZone(type.priceZone())).toList();
        return new Wanted.Zone(item.ticketTypeId(), type.price(), type.priceZone(), sections, item.quantity());
    }

    private List<Wanted> seats(List<SeatChoice> choices) {
        if (choices.isEmpty()) {
            return List.of();
        }
        Map<String, Seat> map = new HashMap<>();
        venue.sections().forEach(section -> section.seats().forEach(seat -> map.put(seat.key(), seat)));
        Set<String> named = new HashSet<>();
        Map<SectionAndType, List<String>> bySectionAndType = new LinkedHashMap<>();
        for (SeatChoice choice : choices) {
            Seat seat = map.get(choice.seat());
            if (seat == null || !named.add(seat.key())) {
                throw new Rejections.InvalidHold("No seat " + choice.seat() + ", or named twice");
            }
            TicketTypeTerms type = count(choice.ticketTypeId(), 1);
            if (!seat.priceZone().equals(type.priceZone())) {
                throw new Rejections.InvalidHold("Ticket type " + choice.ticketTypeId() + " does not sell seat "
                        + seat.key());
            }
            bySectionAndType.computeIfAbsent(new SectionAndType(seat.section(), choice.ticketTypeId()),
                    k -> new ArrayList<>())
                    .add(seat.key());
        }
        List<Wanted> wanted = new ArrayList<>();
        bySectionAndType.forEach((key, keys) -> wanted.add(new Wanted.Seats(key.ticketTypeId(),
                terms.get(key.ticketTypeId()).price(), venue.section(key.section()).orElseThrow(), keys)));
        return wanted;
    }

    private TicketTypeTerms count(TicketTypeId ticketTypeId, int quantity) {
        TicketTypeTerms type = terms.computeIfAbsent(ticketTypeId, sellable);
        places.merge(ticketTypeId, quantity, Integer::sum);
        return type;
    }
}
