package io.admitone.server.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A replay applies every event of the store again, parked ones included, and parks again those that still fail.
 * Axon keeps a processor's dead letters across a reset unless told otherwise, and the replay would then park each
 * old letter's events a second time behind it; so a reset of a dead-lettering processor empties its queue.
 */
@Configuration(proxyBeanMethods = false)
class DeadLettersClearedOnReplay {

    @Bean
    ConfigurerModule deadLettersClearedOnReplayModule(EventProcessorProperties processors) {
        return configurer -> processors.getProcessors().forEach((name, settings) -> {
            if (settings.getDlq().isEnabled()) {
                configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(name,
                        (configuration, invoker) -> invoker.allowReset(true));
            }
        });
    }
}
