package io.admitone.command.onsale.checkin;

import io.admitone.kernel.onsale.order.TicketPass;

import java.util.Optional;

/** Checks a ticket's signed QR payload; the server implements it with its signing key. */
public interface TicketPassVerifier {

    /** The pass the payload carries, or empty when it is no payload this server signed. */
    Optional<TicketPass> verify(String qr);
}
