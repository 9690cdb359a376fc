package io.admitone.server.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** How often each organisation's chain head that moved is signed as a checkpoint. */
@ConfigurationProperties("admitone.audit")
public record AuditProperties(@DefaultValue("PT1H") Duration checkpointInterval) {

    public AuditProperties {
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalStateException("admitone.audit.checkpoint-interval must be longer than zero");
        }
    }
}
