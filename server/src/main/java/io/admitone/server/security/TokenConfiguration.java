package io.admitone.server.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import io.admitone.server.infrastructure.InfrastructureProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Flux;

/** The signing key, and the encoder and decoder of AdmitOne's own access tokens built on it. */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

    @Bean
    JWK signingKey(SecurityProperties security, InfrastructureProperties infrastructure) {
        if (security.signingKey() != null && !security.signingKey().isBlank()) {
            return SigningKeys.configured(security.signingKey());
        }
        if (infrastructure.db().configured()) {
            throw new IllegalStateException("Set admitone.security.jwt.signing-key (ADMITONE_JWT_SIGNING_KEY) to a private "
                    + "JSON Web Key: with an external database every instance must sign with the same key.");
        }
        return SigningKeys.development(infrastructure.dataDir().resolve("keys/jwt-signing-key.json"));
    }

    @Bean
    JWKSet publicKeys(JWK signingKey) {
        return new JWKSet(signingKey.toPublicJWK());
    }

    @Bean
    JwtEncoder accessTokenEncoder(JWK signingKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(signingKey)));
    }

    @Bean
    ReactiveJwtDecoder accessTokenDecoder(JWK signingKey, SecurityProperties security) {
        JWK publicKey = signingKey.toPublicJWK();
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(jwt -> Flux.just(publicKey))
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(security.issuer()));
        return decoder;
    }
}
