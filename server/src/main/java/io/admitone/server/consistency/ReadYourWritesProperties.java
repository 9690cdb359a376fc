package io.admitone.server.consistency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * How long a read with {@code minPosition} waits at most for the read models, how often it looks, and which
 * processors (processing groups) feed the read models it waits for.
 */
@ConfigurationProperties("admitone.read-your-writes")
public record ReadYourWritesProperties(
        @DefaultValue("PT3S") Duration maxWait,
        @DefaultValue("PT0.02S") Duration pollInterval,
        @DefaultValue({"organisations", "staff-users", "api-keys", "venues", "events", "availability", "orders",
                "holds", "event-search", "webhooks", "audit-trail", "audit-chain", "ledger",
                "dashboard-layouts", "plugins", "probes"})
        List<String> processors) {
}
