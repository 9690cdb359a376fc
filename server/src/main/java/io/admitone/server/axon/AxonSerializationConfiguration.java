package io.admitone.server.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Aggregates keep their state in private fields without getters; without field visibility their snapshots
 * would be stored as {@code {}} and restore empty aggregates. A reset stores a replay token whose context is
 * typed {@code Object}, which Jackson 3 refuses to read back by default; the validator lets it read Axon's and our
 * own types there. Axon applies only one customizer, so this one does both.
 */
@Configuration(proxyBeanMethods = false)
class AxonSerializationConfiguration {

    @Bean
    Jackson3SerializerCustomizer fieldVisibility() {
        return builder -> builder
                .changeDefaultVisibility(visibility -> visibility.withFieldVisibility(JsonAutoDetect.Visibility.ANY))
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .allowIfSubType("io.admitone.")
                        .build());
    }
}
