package io.admitone.server.search;

import com.meilisearch.sdk.Client;
import com.meilisearch.sdk.Index;
import com.meilisearch.sdk.SearchRequest;
import com.meilisearch.sdk.model.Searchable;
import com.meilisearch.sdk.model.Settings;
import com.meilisearch.sdk.model.Task;
import com.meilisearch.sdk.model.TaskInfo;
import com.meilisearch.sdk.model.TaskStatus;
import io.admitone.projections.search.SearchDocument;
import io.admitone.projections.search.SearchDocumentSink;

import java.util.List;
import java.util.UUID;

/**
 * The Meilisearch index of published events, one document per event keyed by {@code id}. Every write waits until
 * Meilisearch has applied it, so that a search after a projected change finds it, and a failed write fails the
 * projection's transaction, which is then handled again.
 */
class MeilisearchEventIndex implements SearchDocumentSink {

    static final String PRIMARY_KEY = "id";
    static final String[] FACETS = {"category", "city", "startsMonth", "priceBand", "available"};

    private final Client client;
    private final String uid;

    MeilisearchEventIndex(Client client, String uid) {
        this.client = client;
        this.uid = uid;
    }

    /** Creates the index if needed and sets what is searched (in order of weight), filtered, faceted and sorted. */
    void applySettings() {
        await(client.createIndex(uid, PRIMARY_KEY));
        Settings settings = new Settings()
                .setSearchableAttributes(new String[]{"title", "tags", "category", "venueName", "city", "description"})
                .setFilterableAttributes(new String[]{"tenantId", "category", "city", "startsAt", "endsAt",
                        "startsMonth", "fromPrice", "priceBand", "available"})
                .setSortableAttributes(new String[]{"startsAt", PRIMARY_KEY});
        await(index().updateSettings(settings));
    }

    Searchable search(SearchRequest request) {
        return index().search(request);
    }

    @Override
    public void put(SearchDocument document) {
        await(index().addDocuments(MeilisearchDocuments.toJson(List.of(document)), PRIMARY_KEY));
    }

    @Override
    public void remove(UUID eventId) {
        await(index().deleteDocument(eventId.toString()));
    }

    @Override
    public void replaceAll(List<SearchDocument> documents) {
        await(index().deleteAllDocuments());
        if (!documents.isEmpty()) {
            await(index().addDocuments(MeilisearchDocuments.toJson(documents), PRIMARY_KEY));
        }
    }

    private Index index() {
        return client.index(uid);
    }

    /** Waits for the task; one that failed is an error (an index that already exists is not). */
    private void await(TaskInfo info) {
        client.waitForTask(info.getTaskUid());
        Task task = client.getTask(info.getTaskUid());
        if (task.getStatus() == TaskStatus.FAILED && !"index_already_exists".equals(task.getError().getCode())) {
            throw new IllegalStateException("Meilisearch task " + task.getUid() + " (" + task.getType() + ") failed: "
                    + task.getError().getMessage());
        }
    }
}
