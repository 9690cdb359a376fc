package io.admitone.server.webhooks.dispatch;

import io.admitone.kernel.SecretSeal;
import io.admitone.projections.webhook.catalogue.WebhookCatalogue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.security.SecureRandom;

/** The fake catalogue, and a sealing key of the tests' own (primary, should the server bring one too). */
@TestConfiguration(proxyBeanMethods = false)
class WebhookTestConfiguration {

    /** One key for every server of the test run, so that servers on one database open each other's secrets. */
    private static final byte[] SEALING_KEY = new SecureRandom().generateSeed(32);

    @Bean
    @Primary
    WebhookCatalogue fakeCatalogue() {
        return new FakeCatalogue();
    }

    @Bean
    @Primary
    SecretSeal testSecretSeal() {
        return new SecretSeal(SEALING_KEY);
    }
}
