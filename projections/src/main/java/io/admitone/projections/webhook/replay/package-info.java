/**
 * Replays of a subscription: reads the event store again over the requested positions and queues the events the
 * subscription matches as replay deliveries, a chunk per transaction, so that a restart goes on where it stopped.
 */
package io.admitone.projections.webhook.replay;
