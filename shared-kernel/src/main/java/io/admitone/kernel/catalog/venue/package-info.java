/**
 * Venues and their seat maps. A seat map is kept in the compact form it is entered in (rows with a seat count or
 * explicit labels), so that a venue of 100,000 seats is a small event; {@link io.admitone.kernel.catalog.venue.SectionLayout}
 * expands it into seats where seats are needed.
 */
package io.admitone.kernel.catalog.venue;
