/**
 * Operating the event processors of this process: their status and lag over HTTP for platform admins and as
 * Prometheus gauges computed on scrape, the replay of a projection from the start of the event store, its rebuild
 * into shadow tables with a switch-over, and the events its handlers could not apply (dead letters).
 */
package io.admitone.server.projections;
