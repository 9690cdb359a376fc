package io.admitone.projections.webhook.delivery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookDispatchProperties.class)
class WebhookDispatchConfiguration {

    /** Wakes the dispatcher when deliveries were queued, so that they do not wait for its next look. */
    @Bean
    Wakeup deliveryWakeup() {
        return new Wakeup();
    }
}
