package io.admitone.command.onsale.hold;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.money.Money;

import java.util.List;

/** What a checked request asks the partitions for, with the unit price of each ticket type. */
sealed interface Wanted {

    TicketTypeId ticketTypeId();

    Money price();

    /** Places of a standing section, from any of its slices. */
    record Standing(TicketTypeId ticketTypeId, Money price, SectionLayout section, int quantity) implements Wanted {
    }

    /** The best available seats of a price zone, from the seated sections that have it, in map order. */
    record Zone(TicketTypeId ticketTypeId, Money price, String zone, List<SectionLayout> sections, int quantity)
            implements Wanted {
    }

    /** Named seats of one section. */
    record Seats(TicketTypeId ticketTypeId, Money price, SectionLayout section, List<String> seats) implements Wanted {
    }
}
