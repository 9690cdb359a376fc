package io.admitone.command.messaging;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends a command with the origin of the current request as its metadata. The event store is JDBC and
 * blocks, so the command is dispatched off the event loop.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;

    CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> Mono<R> send(Object command) {
        return Mono.deferContextual(context -> {
            MetaData metaData = context.<RequestOrigin>getOrEmpty(RequestOrigin.class)
                    .map(RequestOrigin::toMetaData)
                    .orElse(MetaData.emptyInstance());
            return Mono.fromFuture(() -> commandGateway.<R>send(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(metaData)));
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
