package io.admitone.query.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.organisation.TenantId;

/**
 * Who reads which organisation: set by a top-level field as the local context of everything below it, so that the
 * fields of nested events and performances read as the same caller in the same tenant. {@code caller} is null for
 * the public.
 */
record ReadScope(Caller caller, TenantId tenant) {

    /** {@code data} with this scope handed down to its fields. */
    <T> DataFetcherResult<T> handDown(T data) {
        return DataFetcherResult.<T>newResult().data(data).localContext(this).build();
    }

    static ReadScope of(DataFetchingEnvironment environment) {
        return environment.getLocalContext();
    }
}
