package io.admitone.admin.api;

import java.util.Optional;

/**
 * A call to the AdmitOne server failed; the message is written for the person using the admin UI. When the server
 * answered, {@link #status()} is its HTTP status and {@link #problem()} the problem it sent.
 */
public class AdmitOneApiException extends RuntimeException {

    private final int status;
    private final transient Problem problem;

    AdmitOneApiException(String userMessage, int status, Problem problem, Throwable cause) {
        super(userMessage, cause);
        this.status = status;
        this.problem = problem;
    }

    AdmitOneApiException(String userMessage, Throwable cause) {
        this(userMessage, 0, null, cause);
    }

    AdmitOneApiException(String userMessage) {
        this(userMessage, 0, null, null);
    }

    /** The server's HTTP status, or 0 when it could not be reached. */
    public int status() {
        return status;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The server no longer accepts the signed-in user's token: it expired, or the user was disabled. */
    public boolean signedOut() {
        return status == 401;
    }
}
