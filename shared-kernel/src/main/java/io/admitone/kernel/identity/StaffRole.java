package io.admitone.kernel.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a staff member may do within one organisation; written as in the API: {@code event-manager}. */
public enum StaffRole {
    OWNER, ADMIN, EVENT_MANAGER, BOX_OFFICE, FINANCE, ANALYST, INTEGRATOR;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static StaffRole of(String apiName) {
        return find(apiName).orElseThrow(() -> new IllegalArgumentException("Unknown staff role '" + apiName + "'"));
    }

    public static Optional<StaffRole> find(Object apiName) {
        return Arrays.stream(values()).filter(role -> role.apiName().equals(apiName)).findFirst();
    }
}
