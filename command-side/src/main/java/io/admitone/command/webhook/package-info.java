/**
 * The write side of an organisation's webhook subscriptions: each subscription is an aggregate that keeps its
 * settings and its sealed signing secret in its events. {@link io.admitone.command.webhook.WebhookSubscriptionIssuer}
 * creates one and answers its secret once; redelivery and replay are requests that the delivery projection carries out.
 */
package io.admitone.command.webhook;
