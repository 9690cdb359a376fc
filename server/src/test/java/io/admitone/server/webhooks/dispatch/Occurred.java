package io.admitone.server.webhooks.dispatch;

import java.util.UUID;

/** A test event that {@link FakeCatalogue} publishes under {@code type}, standing in for the domain's events. */
record Occurred(UUID tenantId, String type, int number) {
}
