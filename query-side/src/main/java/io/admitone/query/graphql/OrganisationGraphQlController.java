package io.admitone.query.graphql;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.onsale.OrderReader;
import io.admitone.query.onsale.OrderView;
import io.admitone.query.organisation.OrganisationReader;
import io.admitone.query.organisation.OrganisationView;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * What is not for the public: an organisation's settings for its staff, and an order for staff allowed to read
 * orders or for its buyer with the order's token.
 */
@Controller
class OrganisationGraphQlController {

    private final OrganisationReader organisations;
    private final OrderReader orders;

    OrganisationGraphQlController(OrganisationReader organisations, OrderReader orders) {
        this.organisations = organisations;
        this.orders = orders;
    }

    @QueryMapping
    Mono<OrganisationView> organisation(@AuthenticationPrincipal @Nullable Caller caller, @Argument UUID id) {
        TenantId tenant = new TenantId(id);
        signedIn(caller).require(tenant, Operation.ORGANISATION_READ);
        return organisations.find(tenant);
    }

    @QueryMapping
    Mono<OrderView> order(@AuthenticationPrincipal @Nullable Caller caller, @Argument UUID orgId, @Argument UUID id,
                          @Argument String token) {
        return orders.order(caller, new TenantId(orgId), id, token);
    }

    private static Caller signedIn(Caller caller) {
        if (caller == null) {
            throw new NotSignedIn();
        }
        return caller;
    }
}
