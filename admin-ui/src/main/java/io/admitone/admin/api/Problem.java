package io.admitone.admin.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClientResponseException;

import java.util.Optional;

/**
 * The parts of an RFC 9457 problem that the admin UI shows. Not Spring's {@code ProblemDetail}: that
 * one invents a title from the status code, and a title the server did not send explains nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Problem(String title, String detail) {

    /** The problem's explanation, if the error response carries a problem that has one. */
    static Optional<String> explanationIn(RestClientResponseException error) {
        MediaType type = error.getResponseHeaders() == null ? null : error.getResponseHeaders().getContentType();
        // A proxy in front of the server answers with HTML; only the server itself speaks problem+json.
        if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(error.getResponseBodyAs(Problem.class)).flatMap(Problem::explanation);
        } catch (RuntimeException malformed) {
            // A problem body that does not parse explains no more than no body at all.
            return Optional.empty();
        }
    }

    private Optional<String> explanation() {
        if (detail != null && !detail.isBlank()) {
            return Optional.of(detail);
        }
        return Optional.ofNullable(title).filter(t -> !t.isBlank());
    }
}
