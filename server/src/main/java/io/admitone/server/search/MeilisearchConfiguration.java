package io.admitone.server.search;

import com.meilisearch.sdk.Client;
import com.meilisearch.sdk.Config;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Meilisearch replaces PostgreSQL for searching when its URL is set; the search projection still writes
 * {@code read.event_search}, from which the index can always be rebuilt.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${admitone.search.meilisearch.url:}'.isBlank()")
class MeilisearchConfiguration {

    @Bean
    MeilisearchEventIndex meilisearchEventIndex(MeilisearchProperties properties) {
        String apiKey = properties.apiKey() == null || properties.apiKey().isBlank() ? null : properties.apiKey();
        Client client = new Client(new Config(properties.url(), apiKey));
        MeilisearchEventIndex index = new MeilisearchEventIndex(client, properties.index());
        index.applySettings();
        return index;
    }

    @Bean
    @Primary
    MeilisearchSearchIndex meilisearchSearchIndex(MeilisearchEventIndex index) {
        return new MeilisearchSearchIndex(index);
    }
}
