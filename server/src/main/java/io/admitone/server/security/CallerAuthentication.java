package io.admitone.server.security;

import io.admitone.kernel.access.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Verified credentials, an access token or a secret API key, seen as the {@link Caller} they stand for: controllers take the caller with
 * {@code @AuthenticationPrincipal Caller caller} and check it against the permission table.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    private CallerAuthentication(Caller caller) {
        super(List.of());
        this.caller = caller;
        setAuthenticated(true);
    }

    static Mono<CallerAuthentication> from(Jwt token) {
        return Mono.just(of(Caller.fromClaims(token.getSubject(), token.getClaims())));
    }

    static CallerAuthentication of(Caller caller) {
        return new CallerAuthentication(caller);
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
