package io.admitone.admin.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/** A ticket of an order: the code the door scans, its place, and whether it is valid, used or void. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderTicket(UUID ticketId, String code, UUID ticketTypeId, String seat, String status, Instant usedAt) {

    public boolean valid() {
        return "VALID".equals(status);
    }

    /** The seat, or that the place is standing. */
    public String place() {
        return seat == null ? "Standing" : seat;
    }
}
