package io.admitone.query.graphql;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** An argument a field cannot work with; reported as a {@code BAD_REQUEST} error of that field. */
class InvalidArgument extends RuntimeException {

    InvalidArgument(String message) {
        super(message, null, false, false);
    }

    /** The instant {@code value} names, or null when there is none. */
    static Instant instant(String name, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidArgument(name + " must be an ISO-8601 instant such as 2027-03-01T19:30:00Z");
        }
    }
}
