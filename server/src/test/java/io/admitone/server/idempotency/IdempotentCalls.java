package io.admitone.server.idempotency;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.UUID;

/** POSTs with an {@code Idempotency-Key}, answered as plain values so that answers can be compared. */
final class IdempotentCalls {

    static final String KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private IdempotentCalls() {
    }

    record Answer(int status, String contentType, String location, String body, boolean replayed) {

        /** The answer as a client sees it, apart from whether it was replayed. */
        Answer asFirst() {
            return new Answer(status, contentType, location, body, false);
        }
    }

    /** A key no earlier run used: the test Redis outlives each run's database. */
    static String newKey() {
        return "key-" + UUID.randomUUID();
    }

    static String probe(String label) {
        return "{\"label\":\"" + label + "\",\"echoAfter\":\"PT1H\"}";
    }

    static String organisation(String slug) {
        return "{\"name\":\"Org " + slug + "\",\"slug\":\"" + slug + "\",\"defaultCurrency\":\"EUR\","
                + "\"timeZone\":\"Europe/Berlin\",\"locale\":\"de-DE\"}";
    }

    static Answer post(WebTestClient client, String path, String key, String json) {
        EntityExchangeResult<String> result = client.post().uri(path)
                .headers(headers -> {
                    if (key != null) {
                        headers.set(KEY, key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange()
                .expectBody(String.class).returnResult();
        HttpHeaders headers = result.getResponseHeaders();
        return new Answer(result.getStatus().value(), headers.getFirst(HttpHeaders.CONTENT_TYPE),
                headers.getFirst(HttpHeaders.LOCATION), result.getResponseBody(),
                "true".equals(headers.getFirst(REPLAYED)));
    }
}
