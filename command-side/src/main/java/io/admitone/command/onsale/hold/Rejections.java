package io.admitone.command.onsale.hold;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.onsale.HoldId;

/** The rejections of placing, releasing and converting holds. */
final class Rejections {

    private Rejections() {
    }

    /** Unknown, another organisation's, or of an event that is not published: buyers cannot see it. */
    static final class PerformanceNotFound extends DomainRejection {
        PerformanceNotFound(PerformanceId performanceId) {
            super("performance-not-found", Kind.NOT_FOUND, "No performance " + performanceId + " on sale");
        }
    }

    static final class TicketTypeNotFound extends DomainRejection {
        TicketTypeNotFound(TicketTypeId ticketTypeId) {
            super("ticket-type-not-found", Kind.NOT_FOUND, "No ticket type " + ticketTypeId + " on sale");
        }
    }

    /** Postponed, cancelled, or outside its (or the ticket type's) sales window. */
    static final class NotOnSale extends DomainRejection {
        NotOnSale(String what) {
            super("not-on-sale", Kind.CONFLICT, what + " is not on sale now");
        }
    }

    static final class LimitExceeded extends DomainRejection {
        LimitExceeded(TicketTypeId ticketTypeId, int quantity, int min, int max) {
            super("limit-exceeded", Kind.CONFLICT, quantity + " places of ticket type " + ticketTypeId
                    + " asked for; one order takes " + min + " to " + max);
        }
    }

    static final class SoldOut extends DomainRejection {
        SoldOut(String what, int quantity) {
            super("sold-out", Kind.CONFLICT, "Not " + quantity + " places free in " + what);
        }
    }

    static final class InvalidHold extends DomainRejection {
        InvalidHold(String message) {
            super("invalid-hold", Kind.UNPROCESSABLE, message);
        }
    }

    /** Unknown, another organisation's, or the token does not match: none of these may be told apart. */
    static final class HoldNotFound extends DomainRejection {
        HoldNotFound(HoldId holdId) {
            super("hold-not-found", Kind.NOT_FOUND, "No hold " + holdId);
        }
    }

    /** Released, expired or already an order. */
    static final class HoldNotLive extends DomainRejection {
        HoldNotLive(HoldId holdId) {
            super("hold-expired", Kind.CONFLICT, "Hold " + holdId + " has ended");
        }
    }
}
