package io.admitone.server.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * ES256 JWTs of a type of their own (header {@code typ}) signed with the server's signing key: admission tokens and
 * ticket passes. The decoder takes only tokens of its type, so that no kind of token ever passes as another.
 */
public final class TypedJwts {

    private TypedJwts() {
    }

    public static NimbusJwtEncoder encoder(JWK signingKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(signingKey)));
    }

    /** Checks signature and type only; the caller sets the validator of the claims. */
    public static NimbusJwtDecoder decoder(JWK signingKey, String type) {
        return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(signingKey.toPublicJWK())))
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .jwtProcessorCustomizer(processor -> processor.setJWSTypeVerifier(
                        new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType(type))))
                .build();
    }
}
