package io.admitone.query.organisation;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.access.StorefrontDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The branding of the organisation a storefront belongs to, without credentials. The storefront names it by
 * {@code ?organisation=<slug>}, or else by the host it is served from: the request's {@code Host}, or the
 * {@code X-Forwarded-Host} of a proxy when the server trusts forwarded headers.
 */
@RestController
class StorefrontBrandingController {

    private final StorefrontDirectory storefronts;
    private final OrganisationReader organisations;

    StorefrontBrandingController(StorefrontDirectory storefronts, OrganisationReader organisations) {
        this.storefronts = storefronts;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/storefront/branding")
    Mono<StorefrontBranding> branding(@RequestParam(required = false) String organisation, ServerHttpRequest request) {
        String host = request.getURI().getHost();
        Mono<TenantId> tenant = organisation != null ? storefronts.bySlug(organisation)
                : host == null ? Mono.empty() : storefronts.byCustomDomain(host);
        return tenant.flatMap(organisations::find)
                .map(StorefrontBranding::of)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, organisation != null
                        ? "No organisation has the slug '" + organisation + "'"
                        : "No organisation has the custom domain '" + host + "'")));
    }
}
