package io.admitone.kernel.catalog.venue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** What buyers need to know about a seat; written as in the API: {@code restricted-view}. */
public enum SeatFlag {
    WHEELCHAIR, COMPANION, RESTRICTED_VIEW, AISLE;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static SeatFlag of(String apiName) {
        return Arrays.stream(values()).filter(flag -> flag.apiName().equals(apiName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown seat flag '" + apiName + "'"));
    }
}
