/**
 * Staff reads of an organisation's venues from {@code read.venue}, {@code read.venue_section} and
 * {@code read.venue_seat}: lists by city, details with sections, and seat maps built from one streaming query.
 */
package io.admitone.query.catalog.venue;
