package io.admitone.admin.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes the server's instants the one way the screens show them: to the minute, in UTC, which the API speaks. */
public final class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** The instant as shown, or an empty text for none. */
    public static String shown(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }
}
