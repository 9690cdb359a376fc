package io.admitone.query.graphql;

import java.util.UUID;

/** A batch loader's key: the id of a thing read in a scope; keys are batched per scope. */
record Scoped(ReadScope scope, UUID id) {
}
