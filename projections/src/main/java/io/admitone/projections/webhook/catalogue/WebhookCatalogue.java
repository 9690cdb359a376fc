package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.BuyerVault;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The message integrators receive for an event at a stream position, if the event is public. Each public event class
 * has exactly one type; events of every other class (identities, keys, inventory partitions, organisations, webhook
 * subscriptions themselves) are never sent. What plugins the organisation enabled add goes under
 * {@code data.extensions} ({@link WebhookEnrichments}).
 */
@Component
public class WebhookCatalogue {

    /** The envelope's version: a new shape of a type's data comes as a new version, never as a change of this one. */
    static final int VERSION = 1;

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };
    private static final Map<Class<?>, PublicEvent<?>> PUBLIC_EVENTS =
            Stream.concat(CatalogEvents.ALL.stream(), OnSaleEvents.ALL.stream())
                    .collect(Collectors.toUnmodifiableMap(PublicEvent::eventClass, Function.identity()));

    private final JsonMapper json;
    private final BuyerVault buyers;
    private final WebhookEnrichments enrichments;

    public WebhookCatalogue(JsonMapper json, BuyerVault buyers, WebhookEnrichments enrichments) {
        this.json = json;
        this.buyers = buyers;
        this.enrichments = enrichments;
    }

    public Optional<WebhookMessage> messageOf(EventMessage<?> event, long position) {
        return Optional.ofNullable(PUBLIC_EVENTS.get(event.getPayloadType()))
                .map(publicEvent -> message(publicEvent, event, position));
    }

    /** The public type of an event class's events, if integrators may see them. */
    static Optional<String> typeOf(Class<?> eventClass) {
        return Optional.ofNullable(PUBLIC_EVENTS.get(eventClass)).map(PublicEvent::type);
    }

    private WebhookMessage message(PublicEvent<?> publicEvent, EventMessage<?> event, long position) {
        UUID id = UUID.fromString(event.getIdentifier());
        Object payload = event.getPayload();
        TenantId tenant = publicEvent.tenantOf(payload);
        ObjectNode envelope = json.createObjectNode()
                .put("id", id.toString())
                .put("type", publicEvent.type())
                .put("version", VERSION)
                .put("occurredAt", event.getTimestamp().toString())
                .put("tenantId", tenant.toString())
                .put("position", position);
        ObjectNode data = publicEvent.dataOf(payload, buyers).node();
        Map<String, Map<String, Object>> extensions = enrichments.of(tenant, publicEvent.type(),
                json.convertValue(data, DATA));
        if (!extensions.isEmpty()) {
            data.set("extensions", json.valueToTree(extensions));
        }
        envelope.set("data", data);
        return new WebhookMessage(id, tenant, publicEvent.type(), position, event.getTimestamp(),
                json.writeValueAsString(envelope), shownBuyer(payload, data));
    }

    /** The key of the buyer the data shows: only a placed order has one, and only until the buyer is erased. */
    private static BuyerKeyId shownBuyer(Object payload, ObjectNode data) {
        return payload instanceof OrderPlaced placed && data.hasNonNull("buyer") ? placed.buyer().keyId() : null;
    }
}
