package io.admitone.server.webhooks.dispatch;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.projections.webhook.catalogue.WebhookCatalogue;
import io.admitone.projections.webhook.catalogue.WebhookEnrichments;
import io.admitone.projections.webhook.catalogue.WebhookMessage;
import org.axonframework.eventhandling.EventMessage;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;
import java.util.UUID;

/** A catalogue that publishes {@link Occurred} events only, so that these tests need no real catalogue. */
class FakeCatalogue extends WebhookCatalogue {

    FakeCatalogue() {
        // no vault: its messages have no buyer to open
        super(JsonMapper.builder().build(), null, WebhookEnrichments.NONE);
    }

    @Override
    public Optional<WebhookMessage> messageOf(EventMessage<?> event, long position) {
        if (!(event.getPayload() instanceof Occurred occurred)) {
            return Optional.empty();
        }
        String body = "{\"id\":\"%s\",\"type\":\"%s\",\"version\":1,\"occurredAt\":\"%s\",\"tenantId\":\"%s\",\"position\":%d,\"data\":{\"number\":%d}}"
                .formatted(event.getIdentifier(), occurred.type(), event.getTimestamp(), occurred.tenantId(), position,
                        occurred.number());
        return Optional.of(new WebhookMessage(UUID.fromString(event.getIdentifier()), new TenantId(occurred.tenantId()),
                occurred.type(), position, event.getTimestamp(), body, null));
    }
}
