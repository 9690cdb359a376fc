package io.admitone.query.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deep a query may nest its fields, and how many fields it may select in all (each field counts one, nested ones
 * included); a query beyond either is refused before it runs.
 */
@ConfigurationProperties("admitone.graphql")
record GraphQlLimits(@DefaultValue("10") int maxDepth, @DefaultValue("200") int maxComplexity) {
}
