package io.admitone.query.auth;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Tells a caller who the server takes it for: whichever way it signed in (AdmitOne's token, a single sign-on
 * provider's token, an API key), the subject and the roles per organisation every handler checks it against.
 */
@RestController
class CallerController {

    record CallerView(String subject, boolean platformAdmin, Map<UUID, Set<StaffRole>> memberships) {
    }

    @GetMapping("/api/v1/me")
    CallerView me(@AuthenticationPrincipal Caller caller) {
        Map<UUID, Set<StaffRole>> memberships = new TreeMap<>();
        caller.memberships().forEach((tenant, roles) -> memberships.put(tenant.value(), new TreeSet<>(roles)));
        return new CallerView(caller.subject(), caller.platformAdmin(), memberships);
    }
}
