package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.money.Money;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code data} of an envelope, written field by field in the order integrators read it. Values take the API's
 * forms whatever the mapper's settings: ids and decimals as strings, instants in ISO-8601, money as
 * {@code {"amount":"49.50","currency":"EUR"}}; an absent value is written as {@code null}, so that every envelope of
 * a type has the same fields.
 */
final class PublicData {

    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    private PublicData() {
    }

    static PublicData create() {
        return new PublicData();
    }

    /** An id, in its raw form: the kernel's ids print their value. */
    PublicData id(String field, Object id) {
        return text(field, id == null ? null : id.toString());
    }

    PublicData text(String field, String value) {
        node.put(field, value);
        return this;
    }

    PublicData number(String field, int value) {
        node.put(field, value);
        return this;
    }

    PublicData flag(String field, boolean value) {
        node.put(field, value);
        return this;
    }

    PublicData decimal(String field, BigDecimal value) {
        return text(field, value == null ? null : value.toPlainString());
    }

    PublicData instant(String field, Instant value) {
        return text(field, value == null ? null : value.toString());
    }

    PublicData money(String field, Money value) {
        return object(field, value == null ? null
                : create().decimal("amount", value.amount()).text("currency", value.currency()));
    }

    /** Texts or ids, each in its raw form. */
    PublicData texts(String field, List<?> values) {
        ArrayNode array = node.putArray(field);
        values.forEach(value -> array.add(value == null ? null : value.toString()));
        return this;
    }

    <T> PublicData list(String field, List<T> items, Function<T, PublicData> item) {
        ArrayNode array = node.putArray(field);
        items.forEach(each -> array.add(item.apply(each).node));
        return this;
    }

    PublicData object(String field, PublicData value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.set(field, value.node);
        }
        return this;
    }

    /** The fields of a part that several types share (a performance's times, a ticket type's terms), in place. */
    PublicData include(PublicData part) {
        node.setAll(part.node);
        return this;
    }

    ObjectNode node() {
        return node;
    }
}
