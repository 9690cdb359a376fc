package io.admitone.projections.webhook.catalogue;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The message integrators receive for an event at a stream position, if the event is public. */
@Component
public class WebhookCatalogue {

    public Optional<WebhookMessage> messageOf(EventMessage<?> event, long position) {
        throw new UnsupportedOperationException("to be written with the catalogue");
    }
}
