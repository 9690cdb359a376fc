package io.admitone.server.webhooks.dispatch;

import io.admitone.projections.webhook.catalogue.WebhookCatalogue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The fake catalogue, in place of the server's own. */
@TestConfiguration(proxyBeanMethods = false)
class WebhookTestConfiguration {

    @Bean
    @Primary
    WebhookCatalogue fakeCatalogue() {
        return new FakeCatalogue();
    }
}
