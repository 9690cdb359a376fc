package io.admitone.server.axon;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * In Axon Server mode the connector would keep retrying in the background while the server looked
 * healthy; this refuses to start instead, saying which servers could not be reached.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class AxonServerReachability implements InitializingBean {

    private final AxonServerConnectionManager connections;
    private final AxonServerConfiguration configuration;

    AxonServerReachability(AxonServerConnectionManager connections, AxonServerConfiguration configuration) {
        this.connections = connections;
        this.configuration = configuration;
    }

    @Override
    public void afterPropertiesSet() {
        String context = configuration.getContext();
        try {
            connections.getConnection(context);
        } catch (RuntimeException e) {
            throw new IllegalStateException(unreachable(context), e);
        }
        if (!connections.isConnected(context)) {
            throw new IllegalStateException(unreachable(context));
        }
    }

    private String unreachable(String context) {
        return "Axon Server mode is on (axon.axonserver.enabled=true) but no Axon Server answered at '"
                + configuration.getServers() + "' for context '" + context
                + "'. Start Axon Server, set axon.axonserver.servers (AXON_AXONSERVER_SERVERS), "
                + "or switch the mode off to keep the event store in PostgreSQL.";
    }
}
