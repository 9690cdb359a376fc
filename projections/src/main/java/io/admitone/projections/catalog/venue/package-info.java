/**
 * The venue read models: {@code read.venue}, {@code read.venue_section} and {@code read.venue_seat}, the last with
 * one row per seat in map order, written in bulk.
 */
package io.admitone.projections.catalog.venue;
