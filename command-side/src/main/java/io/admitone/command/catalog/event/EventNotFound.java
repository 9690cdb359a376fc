package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.EventId;

/**
 * Another organisation's event. Its code is the one of an event that does not exist at all, so that event ids
 * cannot be probed across organisations.
 */
class EventNotFound extends DomainRejection {

    EventNotFound(EventId eventId) {
        super("not-found", Kind.NOT_FOUND, "No event " + eventId);
    }
}
