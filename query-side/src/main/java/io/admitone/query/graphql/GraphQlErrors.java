package io.admitone.query.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.admitone.kernel.DomainRejection;
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

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment environment) {
        return switch (failure) {
            case DomainRejection rejection -> error(environment, type(rejection.kind()), rejection.code(),
                    rejection.getMessage());
            case ResponseStatusException status when status.getStatusCode() == HttpStatus.NOT_FOUND ->
                    error(environment, ErrorType.NOT_FOUND, "not-found", status.getReason());
            case InvalidArgument invalid -> error(environment, ErrorType.BAD_REQUEST, "invalid-argument",
                    invalid.getMessage());
            case NotSignedIn notSignedIn -> error(environment, ErrorType.UNAUTHORIZED, "unauthorized",
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

    private static GraphQLError error(DataFetchingEnvironment environment, ErrorType type, String code,
                                      String message) {
        return GraphqlErrorBuilder.newError(environment).errorType(type).message(message)
                .extensions(Map.of("code", code)).build();
    }
}
