package io.admitone.projections.webhook;

import io.admitone.kernel.personaldata.BuyerErased;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static io.admitone.schema.jooq.Tables.WEBHOOK_MESSAGE;

/**
 * Blanks an erased buyer in the stored messages that show them, so that deliveries still pending, redeliveries and
 * replays send {@code "buyer": null}, as the catalogue now makes such a message. The envelope keeps its fields in
 * their order; only the buyer changes.
 */
@Component
class ErasedBuyerMessages {

    private final DSLContext db;
    private final JsonMapper json;

    ErasedBuyerMessages(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    void blank(BuyerErased erased) {
        db.select(WEBHOOK_MESSAGE.MESSAGE_ID, WEBHOOK_MESSAGE.BODY)
                .from(WEBHOOK_MESSAGE)
                .where(WEBHOOK_MESSAGE.TENANT_ID.eq(erased.tenantId().value()),
                        WEBHOOK_MESSAGE.BUYER_KEY_ID.eq(erased.keyId().value()))
                .forEach(message -> db.update(WEBHOOK_MESSAGE)
                        .set(WEBHOOK_MESSAGE.BODY, withoutBuyer(message.value2()))
                        .setNull(WEBHOOK_MESSAGE.BUYER_KEY_ID)
                        .where(WEBHOOK_MESSAGE.MESSAGE_ID.eq(message.value1()))
                        .execute());
    }

    private String withoutBuyer(String body) {
        ObjectNode envelope = (ObjectNode) json.readTree(body);
        ((ObjectNode) envelope.get("data")).putNull("buyer");
        return json.writeValueAsString(envelope);
    }
}
