package io.admitone.admin.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.identity.StaffRole;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who the server takes the signed-in user for ({@code GET /api/v1/me}): their subject, whether they are a platform
 * admin and their roles per organisation, whichever way they signed in (password or single sign-on).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Identity(String subject, boolean platformAdmin, Map<UUID, Set<StaffRole>> memberships) {

    public Identity {
        memberships = memberships == null ? Map.of() : Map.copyOf(memberships);
    }

    public Set<StaffRole> rolesIn(UUID organisation) {
        return memberships.getOrDefault(organisation, Set.of());
    }
}
