package io.admitone.kernel.catalog.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

public record TicketTypeId(@JsonValue UUID value) {

    public TicketTypeId {
        Objects.requireNonNull(value, "ticket type id");
    }

    @JsonCreator
    public static TicketTypeId of(String value) {
        return new TicketTypeId(UUID.fromString(value));
    }

    public static TicketTypeId random() {
        return new TicketTypeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
