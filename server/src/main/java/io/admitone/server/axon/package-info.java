/**
 * Axon's infrastructure on PostgreSQL: table names of the event store, token store, saga store and dead
 * letters (created by Flyway), aggregate snapshots and caching, and the health of the event processors.
 */
package io.admitone.server.axon;
