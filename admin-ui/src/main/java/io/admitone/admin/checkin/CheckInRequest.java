package io.admitone.admin.checkin;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.regex.Pattern;

/** The body of a check-in: exactly one of a ticket's code and its signed pass (the QR payload). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CheckInRequest(String code, String qr) {

    /** A signed pass is a JWS: three Base64url parts joined by dots; a code has no dots. */
    private static final Pattern PASS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    /** What a scanner typed: the printed code, or the pass when it read the QR code. */
    static CheckInRequest of(String scanned) {
        String value = scanned.strip();
        return PASS.matcher(value).matches() ? new CheckInRequest(null, value) : new CheckInRequest(value, null);
    }
}
