/**
 * Operating the event processors of this process: their status and lag over HTTP for platform admins and as
 * Prometheus gauges computed on scrape, and the replay of a projection from the start of the event store.
 */
package io.admitone.server.projections;
