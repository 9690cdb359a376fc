/**
 * The server's side of GraphQL's live availability: changes announced by the availability projection travel on a
 * Redis topic, so that subscribers on any instance hear of changes projected on any other.
 */
package io.admitone.server.graphql;
