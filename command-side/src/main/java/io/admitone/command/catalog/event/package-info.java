/**
 * Events on the write side: the event-sourced {@code Event} aggregate decides on an event's details and life
 * (draft, published, cancelled), its performances and its ticket types, checking places against the venue's seat
 * map through {@link io.admitone.command.catalog.venue.VenueLayouts}; three controllers are its HTTP face.
 */
package io.admitone.command.catalog.event;
