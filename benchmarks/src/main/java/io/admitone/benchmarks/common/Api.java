package io.admitone.benchmarks.common;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** JSON over the JDK's HTTP client, as a storefront or a staff tool would call the server. */
public final class Api {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final String baseUrl;
    private volatile String token;

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Response(int status, JsonNode body) {

        public String id() {
            return body.get("id").asString();
        }
    }

    public void signIn(String email, String password) {
        Response signedIn = expect(200, post("/api/v1/auth/token", java.util.Map.of("email", email,
                "password", password), false));
        token = signedIn.body().get("accessToken").asString();
    }

    public Response post(String path, Object body, boolean asStaff) {
        HttpRequest.Builder request = request(path, asStaff).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return send(request.build());
    }

    public Response get(String path, boolean asStaff) {
        return send(request(path, asStaff).GET().build());
    }

    public static Response expect(int status, Response response) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response.status() + ": "
                    + response.body());
        }
        return response;
    }

    private HttpRequest.Builder request(String path, boolean asStaff) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        return asStaff ? request.header("Authorization", "Bearer " + token) : request;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), body == null || body.isEmpty() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
