/** The published language of the catalog: venues with their seat maps, events, performances and ticket types. */
package io.admitone.kernel.catalog;
