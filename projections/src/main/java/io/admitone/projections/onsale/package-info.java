/** Orders and their tickets as buyers and staff read them. */
package io.admitone.projections.onsale;
