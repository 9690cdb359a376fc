package io.admitone.projections.webhook.delivery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.http.HttpClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookDispatchProperties.class)
class WebhookDispatchConfiguration {

    /** Wakes the dispatcher when deliveries were queued, so that they do not wait for its next look. */
    @Bean
    Wakeup deliveryWakeup() {
        return new Wakeup();
    }

    /** Never follows a redirect: a receiver could send the signed body anywhere, a private address included. */
    @Bean
    HttpClient webhookHttpClient(WebhookDispatchProperties properties) {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(properties.timeout())
                .build();
    }
}
