package io.admitone.server.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's own auto-configuration waits for Boot 3's transaction manager class, which Boot 4 moved, and then
 * falls back to no transactions. Declared here, a command's events and its JDBC writes (uniqueness tables)
 * commit together, and so do a projection's rows and its tracking token.
 */
@Configuration(proxyBeanMethods = false)
class AxonTransactionConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }
}
