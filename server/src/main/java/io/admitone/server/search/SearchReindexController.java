package io.admitone.server.search;

import io.admitone.kernel.access.Caller;
import io.admitone.projections.search.SearchDocument;
import io.admitone.projections.search.SearchDocuments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/**
 * Rebuilds the Meilisearch index from {@code read.event_search}, for platform admins: after the index was lost,
 * or its settings changed. Without Meilisearch there is nothing to rebuild; the read model itself is rebuilt by
 * replaying the {@code event-search} projection.
 */
@RestController
class SearchReindexController {

    record Reindexed(String engine, int documents) {
    }

    private final ObjectProvider<MeilisearchEventIndex> index;
    private final ObjectProvider<SearchDocuments> documents;

    SearchReindexController(ObjectProvider<MeilisearchEventIndex> index, ObjectProvider<SearchDocuments> documents) {
        this.index = index;
        this.documents = documents;
    }

    @PostMapping("/api/v1/admin/search/reindex")
    Mono<Reindexed> reindex(@AuthenticationPrincipal Caller caller) {
        caller.requirePlatformAdmin();
        MeilisearchEventIndex target = index.getIfAvailable();
        SearchDocuments source = documents.getIfAvailable();
        if (target == null || source == null) {
            return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT, target == null
                    ? "No external search engine is configured: PostgreSQL searches the read model itself"
                    : "This instance does not run the projections role, which reads the search read model"));
        }
        return Mono.fromCallable(() -> {
            List<SearchDocument> all = source.all();
            target.applySettings();
            target.replaceAll(all);
            return new Reindexed("meilisearch", all.size());
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
