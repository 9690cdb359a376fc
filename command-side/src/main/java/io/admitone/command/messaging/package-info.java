/**
 * Carries the origin of each request (correlation id, actor, client address, idempotency key) from HTTP
 * into command metadata, and from there onto every event those commands cause.
 */
package io.admitone.command.messaging;
