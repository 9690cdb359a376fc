package io.admitone.admin.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/** The answer to a replay: the id its deliveries carry in the log, and where in the stream it starts. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplayStarted(UUID replayId, Long fromPosition, Instant from) {
}
