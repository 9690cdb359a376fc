/**
 * The webhooks projection: keeps each organisation's subscriptions as the event stream tells them, and queues every
 * public event once as a message with one pending delivery per subscription it matches, in stream order. Redeliveries
 * and replays are queued here too; {@code delivery} sends the queue, {@code replay} fills it again from the store.
 */
package io.admitone.projections.webhook;
