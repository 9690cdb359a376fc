package io.admitone.kernel;

import java.util.List;

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

    /** The fields of the request the rejection is about, each with what is wrong with it; none by default. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }

    /** A field of the request, named as the API names it ({@code settings.iban}), and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
