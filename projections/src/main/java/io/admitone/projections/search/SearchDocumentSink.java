package io.admitone.projections.search;

import java.util.List;
import java.util.UUID;

/**
 * A search engine outside PostgreSQL that mirrors the searchable events. The projection calls it after it changed an
 * event's row; when the call fails, the processor's error handler decides (Axon's default logs the error and goes
 * on), and a reindex from the read model repairs what was missed.
 */
public interface SearchDocumentSink {

    /** Adds or replaces the event's document. */
    void put(SearchDocument document);

    /** Removes the event's document, if there is one: it is no longer published. */
    void remove(UUID eventId);

    /** Replaces every document with these. */
    void replaceAll(List<SearchDocument> documents);
}
