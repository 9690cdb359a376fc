package io.admitone.query.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** Ends a subscription that fails with the error a query would get, such as {@code NOT_FOUND}. */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure) {
        GraphQlErrors.Reported reported = GraphQlErrors.reported(failure);
        return reported == null ? null : reported.error(GraphqlErrorBuilder.newError());
    }
}
