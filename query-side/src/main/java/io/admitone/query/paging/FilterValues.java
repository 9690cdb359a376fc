package io.admitone.query.paging;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Reads the filter parameters of lists; a value of the wrong form is a 400 naming its parameter. */
public final class FilterValues {

    private FilterValues() {
    }

    /** One of the enum's constants, in any case; null when absent. */
    public static <E extends Enum<E>> E oneOf(String parameter, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameter(parameter, parameter + " must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO-8601 instant such as {@code 2027-03-01T19:30:00Z}; null when absent. */
    public static Instant instant(String parameter, String value) {
        try {
            return value == null ? null : Instant.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw new InvalidParameter(parameter, parameter + " must be an ISO-8601 instant such as "
                    + "2027-03-01T19:30:00Z");
        }
    }

    /** A UUID; null when absent. */
    public static UUID id(String parameter, String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException malformed) {
            throw new InvalidParameter(parameter, parameter + " must be a UUID");
        }
    }

    /** Rows whose column contains the text, ignoring case; no condition when absent. */
    public static Condition contains(Field<String> column, String text) {
        return text == null || text.isBlank() ? DSL.noCondition() : column.containsIgnoreCase(text.strip());
    }

    /** Rows whose instant column lies in [from, to); open on a side that is absent. */
    public static Condition within(Field<Instant> column, Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidParameter("to", "to must be later than from");
        }
        return DSL.and(from == null ? DSL.noCondition() : column.ge(from),
                to == null ? DSL.noCondition() : column.lt(to));
    }

    /** Rows whose column equals the value; no condition when absent. */
    public static <V> Condition equal(Field<V> column, V value) {
        return value == null ? DSL.noCondition() : column.eq(value);
    }
}
