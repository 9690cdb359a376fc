package io.admitone.admin.catalog;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Shows and reads the catalog's instants in a venue's time zone, where organisers think of their dates
 * ("doors at 19:00 in Berlin"), and writes the zone next to times that are not in it.
 */
public final class Times {

    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.UK);

    private Times() {
    }

    /** The instant in {@code zone}, or an empty text for none. */
    public static String shown(Instant instant, ZoneId zone) {
        return instant == null ? "" : SHOWN.withZone(zone).format(instant);
    }

    /** The instant in UTC, saying so, for lists whose rows are in different zones. */
    public static String shownInUtc(Instant instant) {
        return instant == null ? "" : shown(instant, ZoneId.of("UTC")) + " UTC";
    }

    public static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    public static Instant instant(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toInstant();
    }
}
