/**
 * The places of a performance, split into partitions that are sold from independently: one per seated section,
 * and slices of each standing section's capacity. A partition's id follows from its performance and key, so
 * that anyone can address it without a lookup.
 */
package io.admitone.kernel.inventory;
