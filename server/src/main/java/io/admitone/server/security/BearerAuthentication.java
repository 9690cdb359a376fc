package io.admitone.server.security;

import io.admitone.kernel.apikey.ApiKeyFormat;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Checks the bearer credentials of a request and turns them into the {@code Caller} they stand for: what looks
 * like an API key is checked as one, anything else as an access token.
 */
@Component
class BearerAuthentication implements ReactiveAuthenticationManager {

    private final ApiKeyAuthentication apiKeys;
    private final ReactiveAuthenticationManager accessTokens;

    BearerAuthentication(ApiKeyAuthentication apiKeys, ReactiveJwtDecoder accessTokenDecoder) {
        this.apiKeys = apiKeys;
        JwtReactiveAuthenticationManager jwt = new JwtReactiveAuthenticationManager(accessTokenDecoder);
        jwt.setJwtAuthenticationConverter(CallerAuthentication::from);
        this.accessTokens = jwt;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication bearer) {
        String token = ((BearerTokenAuthenticationToken) bearer).getToken();
        return ApiKeyFormat.parse(token)
                .map(key -> apiKeys.authenticate(token, key))
                .orElseGet(() -> accessTokens.authenticate(bearer));
    }
}
