package io.admitone.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The query side's beans; the server imports this when it runs the {@code query} role. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class QuerySideModule {
}
