/**
 * Meilisearch as the search engine, when {@code admitone.search.meilisearch.url} is set: the index and its settings,
 * the adapter of the query side's search port, the mirror the search projection keeps in step, and the full
 * reindex for platform admins.
 */
package io.admitone.server.search;
