/**
 * Event handlers that turn the event stream into the PostgreSQL read models of the {@code read} schema.
 * Each projection is a tracking processor of its own, idempotent and replayable.
 */
package io.admitone.projections;
