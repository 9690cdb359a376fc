package io.admitone.server.graphql;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements that the query side runs while an action runs: the statements jOOQ executes on the
 * bounded elastic scheduler, where the query side reads (projections write on their processors' threads).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements ExecuteListener {

    private final AtomicInteger statements = new AtomicInteger();

    @Bean
    ExecuteListenerProvider countingStatements() {
        return new DefaultExecuteListenerProvider(this);
    }

    /** The number of statements the query side ran during {@code action}. */
    public int during(Runnable action) {
        statements.set(0);
        action.run();
        return statements.get();
    }

    @Override
    public void executeStart(ExecuteContext context) {
        if (Thread.currentThread().getName().startsWith("boundedElastic")) {
            statements.incrementAndGet();
        }
    }
}
