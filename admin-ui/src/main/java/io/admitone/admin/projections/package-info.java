/**
 * The platform admin's projections screen: every event processor of the server instance with its position, lag and
 * errors, replays of the replayable ones, and the events a projection parked as dead letters, retried or skipped.
 */
package io.admitone.admin.projections;
