package io.admitone.command.messaging;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.function.Function;

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
        return origin().flatMap(origin -> Mono.fromFuture(() -> commandGateway.<R>send(
                GenericCommandMessage.asCommandMessage(command).andMetaData(origin.toMetaData()))))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Runs {@code work} that sends several commands one after another (a coordination, such as placing a hold)
     * off the event loop, with the metadata that {@link #send} gives a command.
     */
    public <R> Mono<R> coordinate(Function<MetaData, R> work) {
        return origin().publishOn(Schedulers.boundedElastic()).map(origin -> work.apply(origin.toMetaData()));
    }

    private static Mono<RequestOrigin> origin() {
        return Mono.deferContextual(context -> {
            RequestOrigin origin = context.<RequestOrigin>getOrEmpty(RequestOrigin.class).orElse(RequestOrigin.NONE);
            return actor().map(origin::withActor).defaultIfEmpty(origin);
        });
    }

    private static Mono<String> actor() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(authentication -> !(authentication instanceof AnonymousAuthenticationToken))
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getName);
    }
}
