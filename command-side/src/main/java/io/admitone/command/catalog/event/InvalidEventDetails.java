package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;

/** A detail of an event (title, description, category, tags, image) that breaks its rule. */
class InvalidEventDetails extends DomainRejection {

    InvalidEventDetails(String field, String rule) {
        super("invalid-event-details", Kind.UNPROCESSABLE, field + " must be " + rule);
    }
}
