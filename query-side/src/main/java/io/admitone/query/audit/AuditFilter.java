package io.admitone.query.audit;

import io.admitone.query.paging.FilterValues;
import io.admitone.query.paging.InvalidParameter;
import org.jooq.Condition;
import org.jooq.impl.DSL;

import java.util.regex.Pattern;

import static io.admitone.schema.jooq.Tables.AUDIT_EVENT;

/**
 * The filters of the trail as the query string gives them: the aggregate ({@code aggregateId}, {@code aggregateType}),
 * the event type ({@code type}), the time it occurred ({@code from} inclusive, {@code to} exclusive) and the first
 * stream position ({@code fromPosition}). A value of the wrong form is a 400 naming its parameter.
 */
public record AuditFilter(String aggregateId, String aggregateType, String type, String from, String to,
                          String fromPosition) {

    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,254}");

    Condition condition() {
        return DSL.and(
                FilterValues.equal(AUDIT_EVENT.AGGREGATE_ID, present(aggregateId)),
                FilterValues.equal(AUDIT_EVENT.AGGREGATE_TYPE, typeName("aggregateType", aggregateType, "Venue")),
                FilterValues.equal(AUDIT_EVENT.PAYLOAD_TYPE, typeName("type", type, "OrderPlaced")),
                FilterValues.within(AUDIT_EVENT.OCCURRED_AT, FilterValues.instant("from", present(from)),
                        FilterValues.instant("to", present(to))),
                firstPosition());
    }

    private Condition firstPosition() {
        String first = present(fromPosition);
        if (first == null) {
            return DSL.noCondition();
        }
        try {
            long position = Long.parseLong(first);
            if (position >= 0) {
                return AUDIT_EVENT.POSITION.ge(position);
            }
        } catch (NumberFormatException notANumber) {
            // answered below like a negative one
        }
        throw new InvalidParameter("fromPosition", "fromPosition must be a position of the event stream, "
                + "a whole number of 0 or more");
    }

    /** A class's simple name: a value of another form is a mistake that would look like an empty trail. */
    private static String typeName(String parameter, String value, String example) {
        String name = present(value);
        if (name != null && !TYPE_NAME.matcher(name).matches()) {
            throw new InvalidParameter(parameter, parameter + " must be a type's simple name such as " + example);
        }
        return name;
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
