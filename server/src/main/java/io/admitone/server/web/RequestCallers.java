package io.admitone.server.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.security.Principal;

/**
 * Who a request counts as, for budgets and keys kept per caller: the signed-in subject ({@code subject:<name>}),
 * or else the client address ({@code address:<ip>}).
 */
public final class RequestCallers {

    private RequestCallers() {
    }

    public static Mono<String> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(principal -> !(principal instanceof AnonymousAuthenticationToken))
                .map(Principal::getName)
                .map(name -> "subject:" + name)
                .defaultIfEmpty("address:" + address(exchange));
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
