/**
 * The on-sale: buyers hold places, then buy them. The ids here are shared by the inventory partitions, which
 * hold places under a hold's id, and by the holds themselves.
 */
package io.admitone.kernel.onsale;
