package io.admitone.kernel;

/**
 * A business rule said no. Each rejection has a stable {@link #code()} that clients can rely on and a
 * {@link Kind} that decides how it is reported over HTTP.
 */
public abstract class DomainRejection extends RuntimeException {

    /** How a rejection relates to the request that caused it. */
    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, UNPROCESSABLE }

    private final String code;
    private final Kind kind;

    protected DomainRejection(String code, Kind kind, String message) {
        super(message, null, false, false);
        this.code = code;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
