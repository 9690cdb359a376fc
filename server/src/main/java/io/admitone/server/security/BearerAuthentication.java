package io.admitone.server.security;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Checks the bearer credentials of a request and turns them into the {@code Caller} they stand for. */
@Component
class BearerAuthentication implements ReactiveAuthenticationManager {

    private final ReactiveAuthenticationManager accessTokens;

    BearerAuthentication(ReactiveJwtDecoder accessTokenDecoder) {
        JwtReactiveAuthenticationManager jwt = new JwtReactiveAuthenticationManager(accessTokenDecoder);
        jwt.setJwtAuthenticationConverter(CallerAuthentication::from);
        this.accessTokens = jwt;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication bearer) {
        return accessTokens.authenticate(bearer);
    }
}
