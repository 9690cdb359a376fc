package io.admitone.server.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.admitone.kernel.apikey.ApiKeyFormat;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.text.ParseException;
import java.util.Optional;

/**
 * Checks the bearer credentials of a request and turns them into the {@code Caller} they stand for. What looks
 * like an API key is checked as one. A JWT goes, by its (not yet verified) issuer, to the verifier of that issuer:
 * AdmitOne's own access tokens, or single sign-on tokens of the configured identity provider. Anything else is
 * refused.
 */
@Component
class BearerAuthentication implements ReactiveAuthenticationManager {

    private final ApiKeyAuthentication apiKeys;
    private final String ownIssuer;
    private final ReactiveAuthenticationManager accessTokens;
    private final Optional<SsoAuthentication> sso;

    BearerAuthentication(ApiKeyAuthentication apiKeys, ReactiveJwtDecoder accessTokenDecoder,
                         SecurityProperties security, Optional<SsoAuthentication> sso) {
        this.apiKeys = apiKeys;
        JwtReactiveAuthenticationManager jwt = new JwtReactiveAuthenticationManager(accessTokenDecoder);
        jwt.setJwtAuthenticationConverter(CallerAuthentication::from);
        this.ownIssuer = security.issuer();
        this.accessTokens = jwt;
        this.sso = sso;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication bearer) {
        String credentials = ((BearerTokenAuthenticationToken) bearer).getToken();
        Optional<ApiKeyFormat.Parsed> apiKey = ApiKeyFormat.parse(credentials);
        if (apiKey.isPresent()) {
            return apiKeys.authenticate(credentials, apiKey.get());
        }
        String issuer = issuerOf(credentials).orElse("");
        if (issuer.equals(ownIssuer)) {
            return accessTokens.authenticate(bearer);
        }
        if (sso.isPresent() && issuer.equals(sso.get().issuer())) {
            return sso.get().authenticate(bearer);
        }
        return Mono.error(new InvalidBearerTokenException("Not a token of a known issuer"));
    }

    private static Optional<String> issuerOf(String credentials) {
        try {
            JWT token = JWTParser.parse(credentials);
            return Optional.ofNullable(token.getJWTClaimsSet()).map(JWTClaimsSet::getIssuer);
        } catch (ParseException notAJwt) {
            return Optional.empty();
        }
    }
}
