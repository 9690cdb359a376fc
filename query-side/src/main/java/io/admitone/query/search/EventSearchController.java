package io.admitone.query.search;

import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

/**
 * Public search of an organisation's published events: no credentials needed, and staff see what buyers see
 * (drafts are for the staff listing of events, not for search).
 */
@RestController
class EventSearchController {

    private final SearchIndex index;

    EventSearchController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/api/v1/orgs/{orgId}/search/events")
    Mono<EventSearchResult> search(@PathVariable UUID orgId, @Valid @ModelAttribute SearchParameters parameters) {
        return index.search(parameters.toQuery(new TenantId(orgId)));
    }
}
