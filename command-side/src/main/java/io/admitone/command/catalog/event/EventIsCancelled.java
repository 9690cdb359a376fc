package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.catalog.event.EventId;

class EventIsCancelled extends DomainRejection {

    EventIsCancelled(EventId eventId) {
        super("event-cancelled", Kind.CONFLICT, "Event " + eventId + " is cancelled; a cancelled event does not change");
    }
}
