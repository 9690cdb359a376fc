package io.admitone.admin.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import java.net.URI;

/** Calls the AdmitOne server's HTTP API on behalf of the admin UI. */
@Component
public class AdmitOneApiClient {

    private static final Logger log = LoggerFactory.getLogger(AdmitOneApiClient.class);

    private final RestClient http;
    private final URI serverUrl;

    public AdmitOneApiClient(RestClient.Builder http, AdmitOneServerProperties server) {
        this.serverUrl = server.serverUrl();
        this.http = http.baseUrl(serverUrl).build();
    }

    /** Exchanges a staff member's credentials for an access token. */
    public AccessToken requestToken(Credentials credentials) {
        try {
            AccessToken token = postForToken(credentials);
            if (token == null || !token.isPresent()) {
                throw new AdmitOneApiException("The AdmitOne server at " + serverUrl + " answered without an access token");
            }
            return token;
        } catch (RestClientResponseException e) {
            log.info("Token request to {} answered HTTP {}", serverUrl, e.getStatusCode().value());
            throw new AdmitOneApiException(explain(e), e);
        } catch (RestClientException e) {
            log.warn("Token request to {} failed: {}", serverUrl, e.getMostSpecificCause().toString());
            throw new AdmitOneApiException(unreachable(), e);
        }
    }

    private AccessToken postForToken(Credentials credentials) {
        return http.post()
                .uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(credentials)
                .retrieve()
                .body(AccessToken.class);
    }

    private String explain(RestClientResponseException e) {
        return Problem.explanationIn(e).orElseGet(() -> unreachable() + " (HTTP " + e.getStatusCode().value() + ")");
    }

    private String unreachable() {
        return "The AdmitOne server at " + serverUrl + " could not be reached";
    }
}
