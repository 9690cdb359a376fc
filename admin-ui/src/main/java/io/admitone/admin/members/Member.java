package io.admitone.admin.members;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.identity.StaffRole;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A member of the organisation as the members list gives it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Member(UUID userId, String email, String displayName, List<StaffRole> roles) {

    public Member {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    String shownName() {
        return displayName == null || displayName.isBlank() ? email : displayName;
    }

    String shownRoles() {
        return roles.stream().map(StaffRole::apiName).collect(Collectors.joining(", "));
    }
}
