package io.admitone.server.lists;

import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Reads a list to its end by following {@code nextCursor}, one page after the other. */
public final class Pages {

    private Pages() {
    }

    /** Every item of the list at {@code uri} (a query string included), read {@code limit} at a time. */
    public static List<JsonNode> all(WebTestClient client, String uri, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            String page = uri + (uri.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode body = client.get().uri(page).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            body.get("items").forEach(items::add);
            cursor = body.has("nextCursor") && !body.get("nextCursor").isNull() ? body.get("nextCursor").asString()
                    : null;
        } while (cursor != null);
        return items;
    }

    public static List<String> field(List<JsonNode> items, String name) {
        return items.stream().map(item -> item.get(name).isNull() ? null : item.get(name).asString()).toList();
    }
}
