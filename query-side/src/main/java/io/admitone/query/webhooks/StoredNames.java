package io.admitone.query.webhooks;

import java.util.Locale;

/** The webhook tables keep statuses and kinds as the lower-case names the API shows and filters by. */
final class StoredNames {

    private StoredNames() {
    }

    /** The stored name of a filter's value; null when the filter is absent. */
    static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
