package io.admitone.server.waitingroom;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.security.AccessTokens;
import io.admitone.server.security.SigningKeys;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaitingRoomAdmissionTokensTest {

    private static final Instant NOW = Instant.parse("2030-06-01T18:00:00Z");
    private static final JWK KEY = SigningKeys.generate();

    private final Admission admission = new Admission(TenantId.of(UUID.randomUUID().toString()), UUID.randomUUID(), 42,
            NOW.plus(Duration.ofMinutes(10)));

    @Test
    void aSignedAdmissionVerifiesToTheSameAdmission() {
        String token = tokensAt(NOW).sign(admission);

        assertThat(tokensAt(NOW.plus(Duration.ofMinutes(9))).verify(token)).contains(admission);
    }

    @Test
    void anAdmissionIsRefusedOnceItHasExpired() {
        String token = tokensAt(NOW).sign(admission);

        assertThat(tokensAt(admission.expiresAt()).verify(token)).isEmpty();
        assertThat(tokensAt(admission.expiresAt().plusSeconds(1)).verify(token)).isEmpty();
    }

    @Test
    void aTokenWithAChangedClaimIsRefused() {
        String token = tokensAt(NOW).sign(admission);
        String[] parts = token.split("\\.");
        String otherPosition = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("42", "43").getBytes());

        assertThat(tokensAt(NOW).verify(parts[0] + "." + otherPosition + "." + parts[2])).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String foreign = new AdmissionTokens(SigningKeys.generate(), "admitone", clockAt(NOW)).sign(admission);

        assertThat(tokensAt(NOW).verify(foreign)).isEmpty();
    }

    @Test
    void anAccessTokenSignedWithTheSameKeyIsNoAdmission() {
        String access = AccessTokens.forCaller(new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(KEY))),
                new Caller("someone", true, Map.of()));

        assertThat(new AdmissionTokens(KEY, "admitone", Clock.systemUTC()).verify(access)).isEmpty();
    }

    @Test
    void anAdmissionTokenIsNoAccessToken() {
        String token = new AdmissionTokens(KEY, "admitone", Clock.systemUTC())
                .sign(new Admission(admission.tenant(), admission.performanceId(), 1, Instant.now().plusSeconds(60)));
        NimbusJwtDecoder accessTokens = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(KEY.toPublicJWK())))
                .jwsAlgorithm(SignatureAlgorithm.ES256).build();
        accessTokens.setJwtValidator(JwtValidators.createDefaultWithIssuer("admitone"));

        assertThatThrownBy(() -> accessTokens.decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void blankAndMalformedTokensAreRefused() {
        AdmissionTokens tokens = tokensAt(NOW);

        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify(" ")).isEmpty();
        assertThat(tokens.verify("not-a-token")).isEmpty();
    }

    private static AdmissionTokens tokensAt(Instant instant) {
        return new AdmissionTokens(KEY, "admitone", clockAt(instant));
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
