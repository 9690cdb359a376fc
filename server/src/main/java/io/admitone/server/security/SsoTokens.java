package io.admitone.server.security;

import io.netty.channel.ChannelOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.http.client.HttpClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Verifies access tokens of the single sign-on issuer: signature, {@code iss}, expiry and, when configured,
 * audience. The signing algorithms follow the keys the issuer publishes, and only RSA and EC keys are taken,
 * so a token signed with HMAC or not at all ({@code none}) never verifies.
 * <p>
 * Nothing is fetched at start-up: the discovery document and the key set are read at the first token and
 * kept (a token with an unknown key id reads the key set again). A failed fetch is tried again with the next
 * token; until one succeeds, tokens get 503, because the fault is not the caller's.
 */
final class SsoTokens {

    /** How long one call to the identity provider may take. */
    static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(SsoTokens.class);

    private SsoTokens() {
    }

    static ReactiveJwtDecoder decoder(SsoProperties sso) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(sso.issuerUri())
                .webClient(providerClient())
                .build();
        decoder.setJwtValidator(validator(sso));
        return token -> decoder.decode(token).onErrorMap(failure -> !(failure instanceof BadJwtException),
                failure -> providerUnavailable(sso.issuerUri(), failure));
    }

    private static OAuth2TokenValidator<Jwt> validator(SsoProperties sso) {
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
        checks.add(JwtValidators.createDefaultWithIssuer(sso.issuerUri()));
        checks.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
        if (sso.audience() != null) {
            checks.add(new JwtAudienceValidator(sso.audience()));
        }
        return new DelegatingOAuth2TokenValidator<>(checks);
    }

    private static WebClient providerClient() {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) PROVIDER_TIMEOUT.toMillis())
                .responseTimeout(PROVIDER_TIMEOUT);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    private static ResponseStatusException providerUnavailable(String issuer, Throwable failure) {
        log.warn("Cannot verify single sign-on tokens of {}: {}", issuer, rootCause(failure));
        return new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                "The identity provider cannot be reached; try again shortly");
    }

    private static String rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
