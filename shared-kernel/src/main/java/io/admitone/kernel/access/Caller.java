package io.admitone.kernel.access;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.apikey.ApiKeyId;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who is calling: a staff user or a secret API key, with the roles it holds in each organisation. A
 * platform admin may do everything everywhere. A user's subject is its user id; an API key's is
 * {@code api-key:} and the key's id.
 */
public record Caller(String subject, boolean platformAdmin, Map<TenantId, Set<StaffRole>> memberships) {

    public static final String API_KEY_SUBJECT_PREFIX = "api-key:";
    public static final String PLATFORM_ADMIN_CLAIM = "platform_admin";
    public static final String MEMBERSHIPS_CLAIM = "memberships";

    public Caller {
        memberships = Map.copyOf(memberships);
    }

    /**
     * Lets the call through, or says no: an organisation the caller is no member of is reported as not
     * found, so that callers cannot probe which organisations exist.
     */
    public void require(TenantId tenant, Operation operation) {
        if (platformAdmin) {
            return;
        }
        Set<StaffRole> roles = memberships.get(tenant);
        if (roles == null) {
            throw new NotFound(tenant);
        }
        if (!operation.allowedFor(roles)) {
            throw new NotAllowed(operation);
        }
    }

    /** The claims under which an access token carries a caller (besides its subject). */
    public Map<String, Object> claims() {
        Map<String, List<String>> roles = new TreeMap<>();
        memberships.forEach((tenant, held) ->
                roles.put(tenant.toString(), held.stream().map(StaffRole::apiName).sorted().toList()));
        return Map.of(PLATFORM_ADMIN_CLAIM, platformAdmin, MEMBERSHIPS_CLAIM, roles);
    }

    /** Reads a caller back from an access token's subject and claims; unknown roles are ignored. */
    public static Caller fromClaims(String subject, Map<String, Object> claims) {
        Map<TenantId, Set<StaffRole>> memberships = new HashMap<>();
        if (claims.get(MEMBERSHIPS_CLAIM) instanceof Map<?, ?> byTenant) {
            byTenant.forEach((tenant, roles) -> memberships.put(TenantId.of(tenant.toString()), roles(roles)));
        }
        return new Caller(subject, Boolean.TRUE.equals(claims.get(PLATFORM_ADMIN_CLAIM)), memberships);
    }

    private static Set<StaffRole> roles(Object names) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (names instanceof Collection<?> list) {
            list.forEach(name -> StaffRole.find(name).ifPresent(roles::add));
        }
        return roles;
    }

    /** An API key calling with roles in its one organisation. */
    public static Caller apiKey(ApiKeyId keyId, TenantId tenant, Set<StaffRole> roles) {
        return new Caller(API_KEY_SUBJECT_PREFIX + keyId, false, Map.of(tenant, Set.copyOf(roles)));
    }

    /** The signed-in user, for what only a person can do (change their password, say); an API key is refused. */
    public UserId requireUser() {
        if (subject.startsWith(API_KEY_SUBJECT_PREFIX)) {
            throw new NotAllowed("Only a signed-in user may do this, not an API key");
        }
        return UserId.of(subject);
    }

    public void requirePlatformAdmin() {
        if (!platformAdmin) {
            throw new NotAllowed("Only platform admins may do this");
        }
    }

    static final class NotFound extends DomainRejection {
        NotFound(TenantId tenant) {
            super("not-found", Kind.NOT_FOUND, "No organisation " + tenant);
        }
    }

    static final class NotAllowed extends DomainRejection {
        NotAllowed(Operation operation) {
            this("Your roles do not allow " + operation.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }

        NotAllowed(String message) {
            super("forbidden", Kind.FORBIDDEN, message);
        }
    }
}
