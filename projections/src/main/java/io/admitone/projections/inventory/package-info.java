/** What is left to sell of each performance, per partition and price zone, and the status of every seat. */
package io.admitone.projections.inventory;
