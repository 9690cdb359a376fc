package io.admitone.server.web;

import io.admitone.kernel.DomainRejection;
import io.admitone.query.paging.InvalidParameter;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns any failure into a problem detail with a stable {@code code}; the one place that does so. */
final class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://admitone.io/problems/";

    private ProblemResponses() {
    }

    static ProblemDetail toProblem(Throwable error) {
        return switch (error) {
            case DomainRejection rejection -> rejection(rejection);
            case AggregateNotFoundException missing -> noSuchResource();
            // the id names an aggregate of another type, such as a venue's id on an event's path
            case IncompatibleAggregateException otherType -> noSuchResource();
            case WebExchangeBindException invalid -> validation(invalid);
            case HandlerMethodValidationException invalid -> parameterValidation(invalid);
            case InvalidParameter invalid -> invalidParameter(invalid);
            case TooManyRequests tooMany -> tooManyRequests(tooMany);
            case ServerWebInputException input -> problem(HttpStatus.BAD_REQUEST, "malformed-request",
                    "Malformed request", inputDetail(input));
            case ResponseStatusException status -> problem(status.getStatusCode(), codeOf(status.getStatusCode()),
                    title(status.getStatusCode()), status.getReason());
            default -> unexpected(error);
        };
    }

    private static ProblemDetail noSuchResource() {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such resource");
    }

    private static ProblemDetail tooManyRequests(TooManyRequests tooMany) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, tooMany.code(), title(tooMany.getStatusCode()),
                tooMany.getReason());
        tooMany.properties().forEach(problem::setProperty);
        return problem;
    }

    private static ProblemDetail rejection(DomainRejection rejection) {
        HttpStatus status = switch (rejection.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = problem(status, rejection.code(), title(status), rejection.getMessage());
        if (!rejection.fieldErrors().isEmpty()) {
            problem.setProperty("errors", rejection.fieldErrors().stream()
                    .map(field -> Map.of("field", field.field(), "message", field.message())).toList());
        }
        return problem;
    }

    private static ProblemDetail validation(WebExchangeBindException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "The request has invalid fields");
        List<Map<String, String>> fields = invalid.getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        problem.setProperty("errors", fields);
        return problem;
    }

    private static ProblemDetail parameterValidation(HandlerMethodValidationException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                "The request has invalid parameters");
        problem.setProperty("errors", invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList());
        return problem;
    }

    private static ProblemDetail invalidParameter(InvalidParameter invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation-failed", "Validation failed",
                invalid.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", invalid.parameter(), "message", invalid.getMessage())));
        return problem;
    }

    private static String inputDetail(ServerWebInputException input) {
        Throwable cause = input.getCause();
        if (cause instanceof DecodingException) {
            return "The request body is not valid JSON for this operation";
        }
        return input.getReason();
    }

    private static ProblemDetail unexpected(Throwable error) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {}", errorId, error);
        ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side; quote error id " + errorId + " when reporting it");
        problem.setProperty("errorId", errorId);
        return problem;
    }

    private static ProblemDetail problem(HttpStatusCode status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return problem;
    }

    private static String codeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 412 -> "precondition-failed";
            case 413 -> "content-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            case 503 -> "unavailable";
            default -> "http-" + status.value();
        };
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "HTTP " + status.value() : known.getReasonPhrase();
    }
}
