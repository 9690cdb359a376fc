package io.admitone.projections.audit.chain;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's default logs a failing event handler and goes on with the next event; for the chain that would be a link
 * left out for good. Propagated, the failure rolls the batch back and the processor tries it again.
 */
@Configuration(proxyBeanMethods = false)
class AuditChainConfiguration {

    @Bean
    ConfigurerModule auditChainHoldsOnFailure() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                AuditChainProcessor.NAME, configuration -> PropagatingErrorHandler.instance()));
    }
}
