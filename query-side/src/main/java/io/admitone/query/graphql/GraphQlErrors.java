package io.admitone.query.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.admitone.kernel.DomainRejection;
import io.admitone.query.paging.InvalidParameter;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.Map;

/**
 * Reports what the readers refuse as the REST API does, as errors of the field: a rejection keeps its stable code
 * (extension {@code code}), and its kind, like an HTTP status, gives the error type. Anything else is left to the
 * default handling, which does not leak its message.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

    /** How a failure is reported. */
    record Reported(ErrorType type, String code, String message) {

        GraphQLError error(GraphqlErrorBuilder<?> builder) {
            return builder.errorType(type).message(message).extensions(Map.of("code", code)).build();
        }
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment environment) {
        Reported reported = reported(failure);
        return reported == null ? null : reported.error(GraphqlErrorBuilder.newError(environment));
    }

    /** How {@code failure} is reported, or null when the default handling reports it. */
    static Reported reported(Throwable failure) {
        return switch (failure) {
            case DomainRejection rejection -> new Reported(type(rejection.kind()), rejection.code(),
                    rejection.getMessage());
            case ResponseStatusException status when status.getStatusCode() == HttpStatus.NOT_FOUND ->
                    new Reported(ErrorType.NOT_FOUND, "not-found", status.getReason());
            case InvalidParameter invalid -> new Reported(ErrorType.BAD_REQUEST, "invalid-argument",
                    invalid.getMessage());
            case NotSignedIn notSignedIn -> new Reported(ErrorType.UNAUTHORIZED, "unauthorized",
                    notSignedIn.getMessage());
            default -> null;
        };
    }

    private static ErrorType type(DomainRejection.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case FORBIDDEN -> ErrorType.FORBIDDEN;
            case CONFLICT, UNPROCESSABLE -> ErrorType.BAD_REQUEST;
        };
    }
}
