package io.admitone.server.search;

import com.meilisearch.sdk.Client;
import com.meilisearch.sdk.Index;
import com.meilisearch.sdk.SearchRequest;
import com.meilisearch.sdk.model.Searchable;
import com.meilisearch.sdk.model.Settings;
import com.meilisearch.sdk.model.SwapIndexesParams;
import com.meilisearch.sdk.model.Task;
import com.meilisearch.sdk.model.TaskInfo;
import com.meilisearch.sdk.model.TaskStatus;
import io.admitone.projections.search.SearchDocument;
import io.admitone.projections.search.SearchDocumentSink;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The Meilisearch index of published events, one document per event keyed by {@code id}. Every write waits until
 * Meilisearch has applied it, so that a search after a projected change finds it, and a failed one throws.
 */
class MeilisearchEventIndex implements SearchDocumentSink {

    static final String PRIMARY_KEY = "id";
    static final String[] FACETS = {"category", "city", "startsMonth", "priceBand", "available"};
    private static final Set<String> HARMLESS_FAILURES = Set.of("index_already_exists", "index_not_found");
    private static final int TASK_TIMEOUT_MS = 60_000;
    private static final int TASK_POLL_MS = 50;

    private final Client client;
    private final String uid;

    MeilisearchEventIndex(Client client, String uid) {
        this.client = client;
        this.uid = uid;
    }

    /** Creates the index if needed and sets what is searched (in order of weight), filtered, faceted and sorted. */
    void applySettings() {
        applySettings(uid);
    }

    private void applySettings(String indexUid) {
        await(client.createIndex(indexUid, PRIMARY_KEY));
        Settings settings = new Settings()
                .setSearchableAttributes(new String[]{"title", "tags", "category", "venueName", "city", "description"})
                .setFilterableAttributes(new String[]{"tenantId", "category", "city", "startsAt", "endsAt",
                        "startsMonth", "fromPrice", "priceBand", "available"})
                .setSortableAttributes(new String[]{"startsAt", PRIMARY_KEY});
        await(client.index(indexUid).updateSettings(settings));
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

    /**
     * Builds the documents into a staging index with the same settings and swaps it with the live one, so searches
     * never see a half-filled index; the old documents go with the staging index.
     */
    @Override
    public void replaceAll(List<SearchDocument> documents) {
        String staging = uid + "-rebuild";
        await(client.deleteIndex(staging));
        applySettings(staging);
        if (!documents.isEmpty()) {
            await(client.index(staging).addDocuments(MeilisearchDocuments.toJson(documents), PRIMARY_KEY));
        }
        await(client.swapIndexes(new SwapIndexesParams[]{new SwapIndexesParams().setIndexes(new String[]{uid, staging})}));
        await(client.deleteIndex(staging));
    }

    private Index index() {
        return client.index(uid);
    }

    /**
     * Waits for the task; one that failed is an error, except creating an index that exists or deleting one that
     * does not.
     */
    private void await(TaskInfo info) {
        index().waitForTask(info.getTaskUid(), TASK_TIMEOUT_MS, TASK_POLL_MS);
        Task task = client.getTask(info.getTaskUid());
        if (task.getStatus() == TaskStatus.FAILED && !HARMLESS_FAILURES.contains(task.getError().getCode())) {
            throw new IllegalStateException("Meilisearch task " + task.getUid() + " (" + task.getType() + ") failed: "
                    + task.getError().getMessage());
        }
    }
}
