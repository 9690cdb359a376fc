package io.admitone.admin.webhooks;

import java.time.Instant;

/** A replay from an instant, as {@code POST .../webhooks/{id}/replay} takes it: from then up to now. */
public record ReplayFrom(Instant from) {
}
