/**
 * Holds: {@link io.admitone.command.onsale.hold.HoldPlacing} checks a request against the catalog, takes the
 * places partition by partition, each in a command of its own so that partitions are never locked together, and
 * releases what it took when any part fails; the {@code Hold} aggregate then records the hold, its token digest
 * and expiry. Every partition frees its places by itself when the hold expires, so no place outlives a hold,
 * even when a coordination dies halfway.
 */
package io.admitone.command.onsale.hold;
