package io.admitone.admin.orders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows instants in the organisation's time zone, where its doors and box offices are, and reads dates back. */
public final class Times {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TO_THE_SECOND =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.UK);
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final ZoneId zone;

    public Times(ZoneId zone) {
        this.zone = zone;
    }

    public String of(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** The time of day to the second, with the date before it unless it is today. */
    public String precisely(Instant instant, Instant now) {
        boolean today = instant.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
        return today ? "today at " + TIME_OF_DAY.format(instant.atZone(zone)) : TO_THE_SECOND.format(instant.atZone(zone));
    }

    /** The first instant of {@code day} where the organisation is; null for no day. */
    Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }
}
