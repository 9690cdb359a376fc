/**
 * An organisation's webhook subscriptions and their delivery logs as integrators inspect them: never a secret or the
 * dispatcher's lease, each delivery with its envelope and every attempt to send it.
 */
package io.admitone.query.webhooks;
