package io.admitone.admin.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClientResponseException;

import java.util.List;
import java.util.Optional;

/**
 * An RFC 9457 problem as the server sends it: its {@code code}, a title, a detail and, for invalid input, the
 * fields at fault. Not Spring's {@code ProblemDetail}: that one invents a title from the status code, and a title
 * the server did not send explains nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(int status, String code, String title, String detail, List<FieldProblem> errors) {

    /** One invalid field of a request, named as in the request body ({@code name}, {@code terms.price}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldProblem(String field, String message) {
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The problem in an error response, if the server itself answered with one. */
    static Optional<Problem> in(RestClientResponseException error) {
        MediaType type = error.getResponseHeaders() == null ? null : error.getResponseHeaders().getContentType();
        // A proxy in front of the server answers with HTML; only the server itself speaks problem+json.
        if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(error.getResponseBodyAs(Problem.class));
        } catch (RuntimeException malformed) {
            // A problem body that does not parse explains no more than no body at all.
            return Optional.empty();
        }
    }

    /** What the person using the admin UI is told: the detail, else the title. */
    public Optional<String> explanation() {
        if (detail != null && !detail.isBlank()) {
            return Optional.of(detail);
        }
        return Optional.ofNullable(title).filter(t -> !t.isBlank());
    }
}
