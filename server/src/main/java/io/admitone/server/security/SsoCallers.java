package io.admitone.server.security;

import io.admitone.kernel.access.Caller;
import io.admitone.query.access.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who a verified single sign-on token stands for: the active AdmitOne user with the token's verified e-mail,
 * with its stored memberships and the roles its groups are mapped to. The token's other claims grant nothing.
 */
final class SsoCallers {

    static final String EMAIL_VERIFIED_CLAIM = "email_verified";

    private static final Logger log = LoggerFactory.getLogger(SsoCallers.class);

    private final StaffDirectory staff;
    private final RoleMappings roles;
    private final String emailClaim;
    private final boolean requireVerifiedEmail;
    private final String groupsClaim;

    SsoCallers(SsoProperties sso, StaffDirectory staff) {
        this.staff = staff;
        this.roles = new RoleMappings(sso.roleMappings());
        this.emailClaim = sso.emailClaim();
        this.requireVerifiedEmail = sso.requireVerifiedEmail();
        this.groupsClaim = sso.groupsClaim();
    }

    Mono<Caller> caller(Jwt token) {
        Optional<String> email = verifiedEmail(token);
        if (email.isEmpty()) {
            return Mono.error(refused("it carries no verified e-mail in '" + emailClaim + "'"));
        }
        Collection<String> groups = groups(token);
        return Mono.fromCallable(() -> staff.activeCaller(email.get()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::justOrEmpty)
                .switchIfEmpty(Mono.error(() -> refused("no active user has its e-mail")))
                .map(stored -> roles.grant(stored, groups));
    }

    private Optional<String> verifiedEmail(Jwt token) {
        boolean verified = !requireVerifiedEmail || isTrue(token.getClaims().get(EMAIL_VERIFIED_CLAIM));
        return token.getClaims().get(emailClaim) instanceof String email && !email.isBlank() && verified
                ? Optional.of(email)
                : Optional.empty();
    }

    /** Some providers write the flag as the string {@code "true"}. */
    private static boolean isTrue(Object flag) {
        return Boolean.TRUE.equals(flag) || "true".equals(flag);
    }

    /** A list of names, or a single name; anything else means no groups. */
    private Collection<String> groups(Jwt token) {
        return switch (token.getClaims().get(groupsClaim)) {
            case Collection<?> names -> names.stream().filter(String.class::isInstance).map(String.class::cast).toList();
            case String name -> List.of(name);
            case null, default -> List.of();
        };
    }

    private static InvalidBearerTokenException refused(String reason) {
        log.debug("Refused a single sign-on token: {}", reason);
        return new InvalidBearerTokenException("Single sign-on token refused: " + reason);
    }
}
