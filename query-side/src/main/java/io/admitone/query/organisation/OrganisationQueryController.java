package io.admitone.query.organisation;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.util.UUID;

@RestController
class OrganisationQueryController {

    private final OrganisationReader organisations;

    OrganisationQueryController(OrganisationReader organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/orgs/{orgId}")
    Mono<OrganisationView> organisation(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORGANISATION_READ);
        return organisations.find(tenant)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation " + orgId)));
    }
}
