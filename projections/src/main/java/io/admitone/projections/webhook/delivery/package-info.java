/**
 * The webhook dispatcher: sends each subscription's pending deliveries one at a time in queue order, signed per
 * Standard Webhooks, retried with back-off, logged attempt by attempt, under a lease so that one instance at a time
 * sends a subscription's queue. It runs wherever the projections role runs.
 */
package io.admitone.projections.webhook.delivery;
