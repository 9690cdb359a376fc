package io.admitone.admin.session;

import io.admitone.admin.api.AccessToken;
import io.admitone.kernel.identity.StaffRole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What an access token says of its user as of sign-in: their id, whether they are a platform admin and their roles
 * in each organisation. Read without checking the signature: the admin UI only uses it to decide what to show, and
 * the server checks the token on every call anyway.
 */
public record TokenClaims(UUID userId, boolean platformAdmin, Map<UUID, Set<StaffRole>> memberships) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public TokenClaims {
        memberships = Map.copyOf(memberships);
    }

    public static TokenClaims of(AccessToken token) {
        String[] parts = token.accessToken().split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("An access token is a JSON Web Token of three parts");
        }
        JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        Map<UUID, Set<StaffRole>> memberships = new LinkedHashMap<>();
        claims.path("memberships").properties().forEach(membership -> {
            Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
            membership.getValue().forEach(role -> StaffRole.find(role.asString()).ifPresent(roles::add));
            memberships.put(UUID.fromString(membership.getKey()), roles);
        });
        return new TokenClaims(UUID.fromString(claims.path("sub").asString()),
                claims.path("platform_admin").asBoolean(false), memberships);
    }

    public Set<StaffRole> rolesIn(UUID organisation) {
        return memberships.getOrDefault(organisation, Set.of());
    }
}
