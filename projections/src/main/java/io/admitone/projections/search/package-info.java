/**
 * The event search read model: one row per event with its venue, dates, lowest price and free places, written by
 * the processing group {@code event-search}, and kept in step in an external search engine when one is configured
 * (a {@link io.admitone.projections.search.SearchDocumentSink}).
 */
package io.admitone.projections.search;
