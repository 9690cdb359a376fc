package io.admitone.admin.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Calls the AdmitOne server's HTTP API on behalf of the admin UI: as the signed-in user, whose token it finds in
 * {@link BearerTokens}, and with read-your-writes, so that a list read after a change already shows it.
 */
@Component
public class AdmitOneApiClient {

    private static final Logger log = LoggerFactory.getLogger(AdmitOneApiClient.class);
    private static final String POSITION_HEADER = "X-AdmitOne-Position";

    private final RestClient http;
    private final URI serverUrl;
    private final BearerTokens tokens;

    public AdmitOneApiClient(RestClient.Builder http, AdmitOneServerProperties server, BearerTokens tokens) {
        this.serverUrl = server.serverUrl();
        this.http = http.baseUrl(serverUrl).build();
        this.tokens = tokens;
    }

    /** Exchanges a staff member's credentials for an access token. */
    public AccessToken requestToken(Credentials credentials) {
        AccessToken token = call("Token request", () -> http.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(credentials)
                .retrieve()
                .body(AccessToken.class));
        if (token == null || !token.isPresent()) {
            throw new AdmitOneApiException("The AdmitOne server at " + serverUrl + " answered without an access token");
        }
        return token;
    }

    /** Asks the server who the holder of {@code token} is; called at sign-in, before the session holds the token. */
    public Identity identify(AccessToken token) {
        return call("Identity request", () -> http.get()
                .uri("/api/v1/me")
                .headers(headers -> headers.setBearerAuth(token.accessToken()))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve()
                .body(Identity.class));
    }

    public <T> T get(ApiPath path, Class<T> answer) {
        return get(path, ParameterizedTypeReference.forType(answer));
    }

    public <T> T get(ApiPath path, ParameterizedTypeReference<T> answer) {
        return call("GET " + path, () -> read(path, MediaType.APPLICATION_JSON).body(answer));
    }

    /** One page of a list endpoint whose items are {@code itemType}. */
    public <T> Page<T> page(ApiPath path, Class<T> itemType) {
        return get(path, ParameterizedTypeReference.forType(
                ResolvableType.forClassWithGenerics(Page.class, itemType).getType()));
    }

    /** A representation other than JSON, such as {@code text/csv}, as text. */
    public String text(ApiPath path, MediaType representation) {
        return call("GET " + path, () -> read(path, representation).body(String.class));
    }

    /** Sends a change and reads the JSON answer; {@code body} may be null for an empty request. */
    public <T> T send(HttpMethod method, ApiPath path, Object body, Class<T> answer) {
        ResponseEntity<T> response = call(method + " " + path, () -> write(method, path, body).toEntity(answer));
        remember(response.getHeaders());
        return response.getBody();
    }

    /** Sends a change whose answer has no body worth reading; {@code body} may be null for an empty request. */
    public void send(HttpMethod method, ApiPath path, Object body) {
        ResponseEntity<Void> response = call(method + " " + path, () -> write(method, path, body).toBodilessEntity());
        remember(response.getHeaders());
    }

    /** Sends {@code content} as it is, of type {@code type} (such as an image), and reads the JSON answer. */
    public <T> T send(HttpMethod method, ApiPath path, MediaType type, byte[] content, Class<T> answer) {
        ResponseEntity<T> response = call(method + " " + path,
                () -> write(method, path, request -> request.contentType(type).body(content)).toEntity(answer));
        remember(response.getHeaders());
        return response.getBody();
    }

    private RestClient.ResponseSpec read(ApiPath path, MediaType representation) {
        ApiPath consistent = path;
        if (path.readsOrganisationData() && tokens.lastWritePosition().isPresent()) {
            consistent = path.copy().with("minPosition", tokens.lastWritePosition().get());
        }
        return http.get()
                .uri(consistent.toString())
                .headers(this::authorise)
                .accept(representation, MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve();
    }

    private RestClient.ResponseSpec write(HttpMethod method, ApiPath path, Object body) {
        return write(method, path, request -> {
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
        });
    }

    private RestClient.ResponseSpec write(HttpMethod method, ApiPath path, Consumer<RestClient.RequestBodySpec> body) {
        RestClient.RequestBodySpec request = http.method(method)
                .uri(path.toString())
                .headers(this::authorise)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        body.accept(request);
        return request.retrieve();
    }

    private void authorise(HttpHeaders headers) {
        tokens.current().ifPresent(token -> headers.setBearerAuth(token.accessToken()));
    }

    private void remember(HttpHeaders headers) {
        String position = headers.getFirst(POSITION_HEADER);
        if (position != null && position.matches("\\d{1,18}")) {
            tokens.wrote(Long.parseLong(position));
        }
    }

    private <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (RestClientResponseException e) {
            int status = e.getStatusCode().value();
            log.info("{} to {} answered HTTP {}", what, serverUrl, status);
            Problem problem = Problem.in(e).orElse(null);
            String message = problem == null ? null : problem.explanation().orElse(null);
            throw new AdmitOneApiException(message != null ? message : unreachable() + " (HTTP " + status + ")",
                    status, problem, e);
        } catch (RestClientException e) {
            log.warn("{} to {} failed: {}", what, serverUrl, e.getMostSpecificCause().toString());
            throw new AdmitOneApiException(unreachable(), e);
        }
    }

    private String unreachable() {
        return "The AdmitOne server at " + serverUrl + " could not be reached";
    }
}
