package io.admitone.server.security;

import io.admitone.query.access.AccessModule;
import io.admitone.query.access.ApiKeyDirectory;
import io.admitone.query.access.StorefrontDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * A stateless API: no sessions, no cookies, so no CSRF tokens; bearer credentials, when sent, must be valid.
 * Cross-origin calls are allowed per organisation, from its storefront origins ({@link StorefrontFilter}).
 * Staff routes need a signed-in caller; which roles may do what is decided by the handlers against the
 * permission table ({@code Operation}), not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@Import(AccessModule.class)
class SecurityConfiguration {

    /**
     * What buyers read without credentials: events and their performances, availability and seat maps. The
     * handlers show anonymous callers published things only; staff see drafts too.
     */
    private static final String[] BUYER_READS = {
            "/api/v1/orgs/*/events", "/api/v1/orgs/*/events/**", "/api/v1/orgs/*/performances/**",
            "/api/v1/orgs/*/search/**"};

    /** The waiting room, which buyers join and follow without credentials; switching it is for staff (PUT). */
    private static final String BUYER_QUEUE = "/api/v1/orgs/*/performances/*/queue/**";
    /**
     * Holding places, and reading or releasing a hold with its token (staff may read and release with credentials
     * instead).
     */
    private static final String BUYER_HOLDS = "/api/v1/orgs/*/performances/*/holds";
    private static final String BUYER_HOLD = "/api/v1/orgs/*/holds/*";
    /**
     * Turning a hold into an order, completing its payment's next action and reading it, with the hold's or the
     * order's token (staff read orders with credentials instead).
     */
    private static final String BUYER_ORDERS = "/api/v1/orgs/*/orders";
    private static final String BUYER_ORDER = "/api/v1/orgs/*/orders/*";
    private static final String BUYER_PAYMENT_CONFIRMATION = "/api/v1/orgs/*/orders/*/confirm-payment";
    /** Uploaded logos, which storefronts and e-mails show to everyone. */
    private static final String LOGO_FILES = "/api/v1/orgs/*/branding/logos/*";

    @Bean
    SecurityWebFilterChain securityFilterChain(ServerHttpSecurity http, BearerAuthentication bearerAuthentication,
                                               ApiKeyDirectory keys, StorefrontDirectory storefronts) {
        return http
                .addFilterAt(new StorefrontFilter(keys, storefronts), SecurityWebFiltersOrder.CORS)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                // every call carries its credentials: no session is looked up, created or kept
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationEntryPoint(problemEntryPoint())
                        .authenticationManagerResolver(exchange -> Mono.just(bearerAuthentication)))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problemEntryPoint()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, BUYER_READS).permitAll()
                        .pathMatchers(HttpMethod.GET, BUYER_QUEUE).permitAll()
                        .pathMatchers(HttpMethod.POST, BUYER_QUEUE).permitAll()
                        .pathMatchers(HttpMethod.POST, BUYER_HOLDS).permitAll()
                        .pathMatchers(HttpMethod.DELETE, BUYER_HOLD).permitAll()
                        .pathMatchers(HttpMethod.GET, BUYER_HOLD).permitAll()
                        .pathMatchers(HttpMethod.POST, BUYER_ORDERS, BUYER_PAYMENT_CONFIRMATION).permitAll()
                        .pathMatchers(HttpMethod.GET, BUYER_ORDER).permitAll()
                        .pathMatchers(HttpMethod.GET, LOGO_FILES).permitAll()
                        .pathMatchers("/api/v1/orgs/**", "/api/v1/admin/**", "/api/v1/me/**").authenticated()
                        .anyExchange().permitAll())
                .build();
    }

    /** Leaves the body to the problem+json handler, like every other error. */
    private static ServerAuthenticationEntryPoint problemEntryPoint() {
        return (exchange, failure) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                    "Missing, invalid or expired credentials"));
        };
    }
}
