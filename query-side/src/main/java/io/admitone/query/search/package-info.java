/**
 * Searching an organisation's published events by text, with filters and facet counts, behind the
 * {@link io.admitone.query.search.SearchIndex} port: PostgreSQL full-text search here, Meilisearch in the server
 * when it is configured.
 */
package io.admitone.query.search;
