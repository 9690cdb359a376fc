/**
 * The waiting room of a performance: while it is active, buyers join a first-come, first-served queue in Redis
 * and are admitted at a fixed rate; an admitted buyer gets a short-lived, single-use admission token that the
 * hold endpoint checks through {@link io.admitone.server.waitingroom.WaitingRoomGate}.
 */
package io.admitone.server.waitingroom;
