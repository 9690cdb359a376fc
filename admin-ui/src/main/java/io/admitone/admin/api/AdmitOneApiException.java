package io.admitone.admin.api;

/** A call to the AdmitOne server failed; the message is written for the person using the admin UI. */
public class AdmitOneApiException extends RuntimeException {

    AdmitOneApiException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    AdmitOneApiException(String userMessage) {
        super(userMessage);
    }
}
