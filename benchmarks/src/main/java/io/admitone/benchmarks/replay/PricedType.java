package io.admitone.benchmarks.replay;

import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.money.Money;

/** A ticket type with its price. */
record PricedType(TicketTypeId id, Money price) {
}
