/**
 * The public event catalogue of webhooks: which domain events integrators may receive, under which stable dotted
 * type, and the versioned envelope each is sent in, built from the event as it was when it happened.
 */
package io.admitone.projections.webhook.catalogue;
