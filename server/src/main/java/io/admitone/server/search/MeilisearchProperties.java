package io.admitone.server.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Meilisearch is: {@code url} (unset: PostgreSQL full-text search is used), an {@code apiKey} allowed to
 * search, write documents and change settings of {@code index}, the uid of the index that holds the events.
 */
@ConfigurationProperties("admitone.search.meilisearch")
public record MeilisearchProperties(String url, String apiKey, @DefaultValue("events") String index) {

    @Override
    public String toString() {
        return "MeilisearchProperties[url=" + url + ", index=" + index + "]";
    }
}
