package io.admitone.server.security;

import io.admitone.kernel.access.Storefront;
import io.admitone.kernel.apikey.ApiKeyFormat;
import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.access.ApiKeyDirectory;
import io.admitone.query.access.StorefrontDirectory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Storefronts calling from browsers. A publishable key, when sent, must be valid and belong to the organisation
 * the path names; it then names the {@link Storefront} of the call. A cross-origin request is allowed only from
 * the storefront origins of the organisation that the path or the publishable key names (CORS per organisation);
 * a preflight is answered here, before authentication, which it never carries. The public storefront reads under
 * {@code /api/v1/storefront/}, which name no organisation in their path, may be read from every origin.
 */
class StorefrontFilter implements WebFilter {

    static final String PUBLISHABLE_KEY_HEADER = "X-AdmitOne-Publishable-Key";

    private static final String STOREFRONT_PATH = "/api/v1/storefront/";
    private static final Pattern TENANT_PATH = Pattern.compile("^/api/v1/orgs/([0-9a-fA-F-]{36})(/.*)?$");
    private static final List<String> ALLOWED_HEADERS = List.of("Authorization", "Content-Type", "Idempotency-Key",
            "If-Match", "If-None-Match", "X-Order-Token", "X-Hold-Token", "X-Admission-Token", PUBLISHABLE_KEY_HEADER);
    private static final List<String> EXPOSED_HEADERS = List.of("Location", "ETag", "Retry-After",
            "X-AdmitOne-Position", "X-AdmitOne-Stale", "Idempotent-Replayed");
    private static final List<String> ALLOWED_METHODS = List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
            HttpMethod.POST.name(), HttpMethod.PUT.name(), HttpMethod.PATCH.name(), HttpMethod.DELETE.name());

    private final ApiKeyDirectory keys;
    private final StorefrontDirectory storefronts;
    private final DefaultCorsProcessor cors = new DefaultCorsProcessor();

    StorefrontFilter(ApiKeyDirectory keys, StorefrontDirectory storefronts) {
        this.keys = keys;
        this.storefronts = storefronts;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        Optional<TenantId> pathTenant = tenantOf(request.getPath().pathWithinApplication().value());
        String publishableKey = request.getHeaders().getFirst(PUBLISHABLE_KEY_HEADER);
        Mono<Optional<TenantId>> tenant = publishableKey == null
                ? Mono.just(pathTenant)
                : storefront(publishableKey, pathTenant).map(storefront -> {
                    exchange.getAttributes().put(Storefront.ATTRIBUTE, storefront);
                    return Optional.of(storefront.tenantId());
                });
        return tenant.flatMap(named -> CorsUtils.isCorsRequest(request)
                ? crossOrigin(exchange, chain, named)
                : chain.filter(exchange));
    }

    private Mono<Storefront> storefront(String publishableKey, Optional<TenantId> pathTenant) {
        return Mono.justOrEmpty(ApiKeyFormat.parse(publishableKey))
                .filter(parsed -> parsed.kind() == ApiKeyKind.PUBLISHABLE)
                .flatMap(parsed -> keys.find(parsed.prefix()))
                .filter(key -> key.kind() == ApiKeyKind.PUBLISHABLE && !key.revoked())
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "Unknown or revoked publishable key")))
                .flatMap(key -> pathTenant.isEmpty() || pathTenant.get().equals(key.tenantId())
                        ? Mono.just(new Storefront(key.keyId(), key.tenantId()))
                        : Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                                "The publishable key belongs to another organisation")));
    }

    private Mono<Void> crossOrigin(ServerWebExchange exchange, WebFilterChain chain, Optional<TenantId> tenant) {
        Mono<List<String>> origins = publicToEveryOrigin(exchange.getRequest())
                ? Mono.just(List.of(CorsConfiguration.ALL))
                : tenant.map(storefronts::origins).orElseGet(() -> Mono.just(List.of()));
        return origins.flatMap(allowed -> {
            if (!cors.process(configuration(allowed), exchange)) {
                return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                        "This origin is not a storefront origin of the organisation"));
            }
            return CorsUtils.isPreFlightRequest(exchange.getRequest())
                    ? exchange.getResponse().setComplete()
                    : chain.filter(exchange);
        });
    }

    private static CorsConfiguration configuration(List<String> origins) {
        CorsConfiguration configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(origins);
        configuration.setAllowedMethods(ALLOWED_METHODS);
        configuration.setAllowedHeaders(ALLOWED_HEADERS);
        configuration.setExposedHeaders(EXPOSED_HEADERS);
        configuration.setMaxAge(Duration.ofHours(1));
        return configuration;
    }

    /**
     * What any storefront reads before it knows its organisation, such as the branding by custom domain; for a
     * preflight, the method it asks about counts.
     */
    private static boolean publicToEveryOrigin(ServerHttpRequest request) {
        HttpMethod method = CorsUtils.isPreFlightRequest(request)
                ? request.getHeaders().getAccessControlRequestMethod()
                : request.getMethod();
        return HttpMethod.GET.equals(method)
                && request.getPath().pathWithinApplication().value().startsWith(STOREFRONT_PATH);
    }

    private static Optional<TenantId> tenantOf(String path) {
        Matcher matcher = TENANT_PATH.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TenantId.of(matcher.group(1)));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
