package io.admitone.server.waitingroom;

import com.nimbusds.jose.jwk.JWK;
import io.admitone.server.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Admission tokens are signed with the key that signs access tokens, so every instance can check them. */
@Configuration(proxyBeanMethods = false)
class WaitingRoomConfiguration {

    @Bean
    AdmissionTokens admissionTokens(JWK signingKey, SecurityProperties security, Clock clock) {
        return new AdmissionTokens(signingKey, security.issuer(), clock);
    }
}
