/**
 * Venues with their seat maps on the write side: the {@code Venue} aggregate validates a seat map once, at
 * creation, and keeps it in compact form; {@link io.admitone.command.catalog.venue.VenueLayouts} lets the rest of
 * the catalog decide against it.
 */
package io.admitone.command.catalog.venue;
