package io.admitone.projections.search;

import java.util.List;
import java.util.UUID;

/**
 * A search engine outside PostgreSQL that mirrors the searchable events. The projection calls it in the transaction
 * that changes the read model, so a failure there rolls the change back and the event is handled again.
 */
public interface SearchDocumentSink {

    /** Adds or replaces the event's document. */
    void put(SearchDocument document);

    /** Removes the event's document, if there is one: it is no longer published. */
    void remove(UUID eventId);

    /** Replaces every document with these. */
    void replaceAll(List<SearchDocument> documents);
}
