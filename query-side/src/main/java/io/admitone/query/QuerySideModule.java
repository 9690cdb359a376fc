package io.admitone.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The query side's beans; the server imports this when it runs the {@code query} role. The lookups of
 * {@code io.admitone.query.access} are left out: the server imports them in every role.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.admitone\\.query\\.access\\..*"))
public class QuerySideModule {
}
