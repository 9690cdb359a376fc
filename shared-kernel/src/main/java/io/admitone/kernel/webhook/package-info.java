/**
 * The published language of webhooks: an organisation's subscriptions (a target, the event types it wants, its
 * signing secret), the public types of the events it may receive, and requests to send deliveries again.
 */
package io.admitone.kernel.webhook;
