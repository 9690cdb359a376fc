package io.admitone.query.search;

import reactor.core.publisher.Mono;

/** Searches the published events of one organisation; nobody sees another organisation's events through it. */
public interface SearchIndex {

    Mono<EventSearchResult> search(EventSearchQuery query);
}
