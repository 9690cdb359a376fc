/**
 * Inventory partitions, the aggregates an on-sale sells from: one per seated section of a performance, since
 * adjacent seats must be decided in one place, and slices of each standing section, so that a burst of buyers
 * for one floor is spread over many aggregates instead of queueing on one. {@link
 * io.admitone.command.inventory.PartitionOpening} opens them when a performance is scheduled.
 */
package io.admitone.command.inventory;
