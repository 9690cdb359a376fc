package io.admitone.server.security;

import io.admitone.kernel.SecretSeal;
import io.admitone.server.infrastructure.InfrastructureProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The seal of secrets kept in events, in every role: the command side seals a webhook's secret, the projections'
 * dispatcher opens it to sign. Every instance must hold the same key, or one cannot open what another sealed.
 */
@Configuration(proxyBeanMethods = false)
class SealingKeyConfiguration {

    @Bean
    SecretSeal secretSeal(@Value("${admitone.security.sealing-key:}") String sealingKey,
                          InfrastructureProperties infrastructure) {
        if (!sealingKey.isBlank()) {
            return new SecretSeal(SealingKeys.configured(sealingKey));
        }
        if (infrastructure.db().configured()) {
            throw new IllegalStateException("Set admitone.security.sealing-key (ADMITONE_SEALING_KEY) to the Base64 of "
                    + "32 random bytes (java -jar admitone-server.jar --generate-sealing-key prints one): with an "
                    + "external database every instance must seal webhook secrets with the same key.");
        }
        return new SecretSeal(SealingKeys.development(infrastructure.dataDir().resolve("keys/sealing-key")));
    }
}
