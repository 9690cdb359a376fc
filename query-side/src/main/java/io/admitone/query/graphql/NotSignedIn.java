package io.admitone.query.graphql;

/** A field for staff read without credentials; reported as an {@code UNAUTHORIZED} error of that field. */
class NotSignedIn extends RuntimeException {

    NotSignedIn() {
        super("Sign in to read this", null, false, false);
    }
}
