package io.admitone.server.roles;

import java.util.Locale;

/** What a server process does; {@code admitone.roles} lists them. */
public enum Role {
    COMMAND, PROJECTIONS, QUERY;

    public static Role parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown role '" + value.trim() + "' in admitone.roles; use command, projections and/or query");
        }
    }
}
