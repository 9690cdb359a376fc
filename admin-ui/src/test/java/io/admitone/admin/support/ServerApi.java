package io.admitone.admin.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Prepares what a UI test starts from by calling the real server's API directly, as an integrator would: an
 * organisation of its own and a staff member with the roles the test needs, who then signs in through the UI.
 */
public final class ServerApi {

    /** A staff member's sign-in and the organisation they work in. */
    public record Staff(UUID organisation, String email, String password) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI server;
    private final HttpClient http = HttpClient.newHttpClient();

    public ServerApi(URI server) {
        this.server = server;
    }

    /** The API of the test run's server process. */
    public static ServerApi ofTestServer() {
        return new ServerApi(AdmitOneServerProcess.get().url());
    }

    public String signIn(String email, String password) {
        return call("POST", "/api/v1/auth/token", null, Map.of("email", email, "password", password))
                .path("accessToken").asString();
    }

    public String platformAdminToken() {
        return signIn(AdmitOneServerProcess.ADMIN_EMAIL, AdmitOneServerProcess.ADMIN_PASSWORD);
    }

    /**
     * A new organisation with one member, who has accepted their invitation and can sign in: an owner, or whatever {@code roles}
     * (API names such as {@code box-office}) say.
     */
    public Staff newOrganisationWithMember(String... roles) {
        String admin = platformAdminToken();
        String slug = "ui-" + UUID.randomUUID().toString().substring(0, 8);
        UUID organisation = UUID.fromString(call("POST", "/api/v1/orgs", admin, Map.of("name", "Org " + slug,
                "slug", slug, "defaultCurrency", "EUR", "timeZone", "Europe/Berlin", "locale", "en-GB"))
                .path("id").asString());
        return newMember(organisation, admin, roles.length == 0 ? List.of("owner") : List.of(roles));
    }

    /** Another member of {@code organisation}, invited by {@code inviterToken}, who has accepted and can sign in. */
    public Staff newMember(UUID organisation, String inviterToken, List<String> roles) {
        String email = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String password = "correct-horse-" + UUID.randomUUID();
        JsonNode invited = call("POST", "/api/v1/orgs/" + organisation + "/members", inviterToken,
                Map.of("email", email, "displayName", "Staff " + email.substring(6, 14), "roles", roles));
        call("POST", "/api/v1/auth/invitations/accept", null, Map.of("userId", invited.path("userId").asString(),
                "token", invited.path("invitationToken").asString(), "password", password));
        // Sign-in reads the staff read model, which has the acceptance a moment later.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> signIn(email, password), token -> !token.isBlank());
        return new Staff(organisation, email, password);
    }

    /** A read that must succeed, in a representation other than JSON ({@code text/csv}, say), as text. */
    public String text(String path, String token, String representation) {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path)).GET()
                .header("Accept", representation).header("Authorization", "Bearer " + token).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A call that must succeed; its JSON answer, or an empty node for none. */
    public JsonNode call(String method, String path, String token, Object body) {
        return body == null ? exchange(method, path, token, HttpRequest.BodyPublishers.noBody(), null)
                : exchange(method, path, token, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)),
                        "application/json");
    }

    /** Installs (or upgrades to) the plugin in this jar as the platform admin. */
    public JsonNode installPlugin(Path jar) {
        try {
            return exchange("POST", "/api/v1/admin/plugins", platformAdminToken(),
                    HttpRequest.BodyPublishers.ofFile(jar), "application/java-archive");
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode exchange(String method, String path, String token, HttpRequest.BodyPublisher body,
                              String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).method(method, body)
                .header("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
