package io.admitone.server.onsale;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static org.awaitility.Awaitility.await;

/** Tickets bought through the API and read back with their codes and passes, and the door that scans them. */
final class Scanning {

    /** A confirmed order with its token and its tickets as its buyer first read them. */
    record Bought(String orderId, String orderToken, List<JsonNode> tickets) {

        JsonNode ticket() {
            return tickets.getFirst();
        }

        String code() {
            return ticket().get("code").asString();
        }

        String qr() {
            return ticket().get("qr").asString();
        }
    }

    private Scanning() {
    }

    /** Orders the hold with the test card and answers the order once its tickets can be read. */
    static Bought bought(OnSaleFixture onSale, JsonNode hold) {
        JsonNode order = onSale.ordered(hold, "test", "card-success");
        String orderId = order.get("orderId").asString();
        String token = order.get("orderToken").asString();
        JsonNode read = await().atMost(PROJECTED).until(() -> onSale.readOrder(orderId, token),
                body -> body != null && body.get("tickets").size() == hold.get("lines").size());
        return new Bought(orderId, token, read.get("tickets").valueStream().toList());
    }

    static WebTestClient.ResponseSpec scan(WebTestClient scanner, String org, String performance,
                                           Map<String, String> body) {
        return scanner.post().uri("/api/v1/orgs/{org}/performances/{performance}/check-ins", org, performance)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Scans and answers the 200 answer's body. */
    static JsonNode scanned(WebTestClient scanner, String org, String performance, Map<String, String> body) {
        return scan(scanner, org, performance, body).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }
}
