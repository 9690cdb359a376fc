package io.admitone.server.security;

import io.admitone.kernel.access.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Verified bearer credentials (an access token, a single sign-on token or a secret API key), seen as the
 * {@link Caller} they stand for: controllers take the caller with
 * {@code @AuthenticationPrincipal Caller caller} and check it against the permission table.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    private CallerAuthentication(Caller caller) {
        super(List.of());
        this.caller = caller;
        setAuthenticated(true);
    }

    static CallerAuthentication of(Caller caller) {
        return new CallerAuthentication(caller);
    }

    /** An access token that AdmitOne signed carries the caller in its claims. */
    static Mono<CallerAuthentication> from(Jwt token) {
        return Mono.just(of(Caller.fromClaims(token.getSubject(), token.getClaims())));
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return caller.subject();
    }
}
