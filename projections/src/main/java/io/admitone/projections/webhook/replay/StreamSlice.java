package io.admitone.projections.webhook.replay;

import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.List;

/** Events read from the store in order, where to read on from, and whether the range read is done. */
record StreamSlice(List<TrackedEventMessage<?>> events, long nextPosition, boolean done) {
}
