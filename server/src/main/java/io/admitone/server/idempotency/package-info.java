/**
 * {@code Idempotency-Key} for mutating calls: the first request with a key runs, its answer is kept in Redis
 * for a while, and repeats with the same key and request get that answer again instead of running twice.
 */
package io.admitone.server.idempotency;
