/**
 * The read models as GraphQL at {@code /graphql}: resolvers over the query side's readers, under the same rules as
 * the REST reads, with the parts of many events or performances loaded in batches, limits on a query's depth and
 * complexity, and a subscription to a performance's availability.
 */
package io.admitone.query.graphql;
