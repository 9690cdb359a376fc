package io.admitone.query.finance.reconciliation;

import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Instant;

/** The length of a reconciliation period: a calendar day or month in UTC, named as {@code 2027-03-01} or {@code 2027-03}. */
enum Period {
    DAY("YYYY-MM-DD"),
    MONTH("YYYY-MM");

    private final String pattern;

    Period(String pattern) {
        this.pattern = pattern;
    }

    /** The name of the period an instant falls in, computed by PostgreSQL. */
    Field<String> of(Field<Instant> instant) {
        return DSL.field("to_char({0} at time zone 'UTC', {1})", String.class, instant, DSL.inline(pattern));
    }
}
