package io.admitone.query.onsale;

import io.admitone.kernel.Digests;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.tenancy.TenantScopedQueries;
import org.jooq.DSLContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.function.Function;

/**
 * Reads what belongs to a buyer (a hold, an order): for the buyer with its token, whose digest must match the one
 * kept, or for staff allowed to read orders. Without either, or with a wrong token, there is no such thing: a
 * wrong token and an unknown id cannot be told apart.
 */
@Component
class BuyerOrStaff {

    /** What was found, with the digest of the token that opens it. */
    record Guarded<T>(T view, String tokenHash) {
    }

    private final TenantScopedQueries queries;

    BuyerOrStaff(TenantScopedQueries queries) {
        this.queries = queries;
    }

    <T> Mono<T> read(Caller caller, TenantId tenant, String token, String what,
                     Function<DSLContext, Guarded<T>> query) {
        if (token == null) {
            if (caller == null) {
                return Mono.error(notFound(what));
            }
            caller.require(tenant, Operation.ORDERS_READ);
        }
        return queries.read(tenant, query)
                .filter(found -> token == null || Digests.matches(token, found.tokenHash()))
                .map(Guarded::view)
                .switchIfEmpty(Mono.error(() -> notFound(what)));
    }

    private static ResponseStatusException notFound(String what) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what);
    }
}
