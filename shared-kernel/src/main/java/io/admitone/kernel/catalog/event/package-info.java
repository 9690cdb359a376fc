/**
 * Events (what is sold: a concert, a season), their performances (the dates) and ticket types (prices). An
 * event is one aggregate with its performances and ticket types, since they change rarely and together; the
 * places themselves are sold from inventory partitions, which an on-sale never serialises on the event.
 */
package io.admitone.kernel.catalog.event;
