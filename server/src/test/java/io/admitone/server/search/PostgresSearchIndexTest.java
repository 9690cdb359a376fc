package io.admitone.server.search;

/** The search contract against the default adapter, PostgreSQL full-text search. */
class PostgresSearchIndexTest extends SearchIndexContract {
}
