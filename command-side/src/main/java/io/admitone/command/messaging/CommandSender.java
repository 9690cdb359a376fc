package io.admitone.command.messaging;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends a command with the origin of the current request, and the authenticated actor, as its metadata.
 * The event store is JDBC and blocks, so the command is dispatched off the event loop.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;

    CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> Mono<R> send(Object command) {
        return Mono.deferContextual(context -> {
            RequestOrigin origin = context.<RequestOrigin>getOrEmpty(RequestOrigin.class).orElse(RequestOrigin.NONE);
            return actor().map(origin::withActor).defaultIfEmpty(origin);
        }).flatMap(origin -> Mono.fromFuture(() -> commandGateway.<R>send(
                GenericCommandMessage.asCommandMessage(command).andMetaData(origin.toMetaData()))))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static Mono<String> actor() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(authentication -> !(authentication instanceof AnonymousAuthenticationToken))
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getName);
    }
}
