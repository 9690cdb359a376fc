package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.EventId;

class EventNotReadyToPublish extends DomainRejection {

    EventNotReadyToPublish(EventId eventId, String missing) {
        super("event-not-ready", Kind.CONFLICT, "Event " + eventId + " cannot be published yet: it needs " + missing);
    }
}
