package io.admitone.server.audit;

import com.nimbusds.jose.JOSEObjectType;

/** The names a checkpoint's JWS uses, shared by the signer and the offline check. */
final class CheckpointJws {

    /** The {@code typ} header: a checkpoint is never mistaken for an access token signed with the same key. */
    static final JOSEObjectType TYPE = new JOSEObjectType("admitone-audit-checkpoint+jwt");
    static final String ORG = "org";
    static final String SEQUENCE = "sequence";
    static final String POSITION = "position";
    static final String HASH = "hash";
    static final String CHECKED_AT = "checkedAt";

    private CheckpointJws() {
    }
}
