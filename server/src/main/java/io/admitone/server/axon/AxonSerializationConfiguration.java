package io.admitone.server.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates keep their state in private fields without getters; without field visibility their snapshots
 * would be stored as {@code {}} and restore empty aggregates.
 */
@Configuration(proxyBeanMethods = false)
class AxonSerializationConfiguration {

    @Bean
    Jackson3SerializerCustomizer fieldVisibility() {
        return builder -> builder.changeDefaultVisibility(
                visibility -> visibility.withFieldVisibility(JsonAutoDetect.Visibility.ANY));
    }
}
