package io.admitone.command.identity;

import io.admitone.kernel.DomainRejection;

/** A new password breaks the length rules; the message never contains the password. */
class InvalidPassword extends DomainRejection {

    private InvalidPassword(String message) {
        super("invalid-password", Kind.UNPROCESSABLE, message);
    }

    static InvalidPassword tooShort(int minLength) {
        return new InvalidPassword("A password needs at least " + minLength + " characters");
    }

    static InvalidPassword tooLong(int maxBytes) {
        return new InvalidPassword("A password may have at most " + maxBytes + " bytes in UTF-8 (" + maxBytes
                + " characters of plain ASCII)");
    }
}
