package io.admitone.kernel.onsale.order;

import io.admitone.kernel.catalog.event.TicketTypeId;

import java.time.Instant;
import java.util.UUID;

/**
 * What the door is told about a scanned ticket. An invalid ticket tells nothing more, so that scanning never
 * reveals anything about a code that is not a valid ticket of the organisation; {@code usedAt} is when the ticket
 * was (first) let in.
 */
public record CheckInResult(Outcome result, UUID ticketId, String seat, TicketTypeId ticketTypeId, Instant usedAt) {

    public enum Outcome { ADMITTED, ALREADY_USED, INVALID, WRONG_PERFORMANCE }

    public static CheckInResult invalid() {
        return new CheckInResult(Outcome.INVALID, null, null, null, null);
    }
}
