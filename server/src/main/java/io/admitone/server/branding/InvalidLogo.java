package io.admitone.server.branding;

import io.admitone.kernel.DomainRejection;

/** An uploaded logo whose bytes are not the image its content type says. */
class InvalidLogo extends DomainRejection {

    InvalidLogo(String contentType) {
        super("invalid-logo", Kind.UNPROCESSABLE, "The body is not a " + contentType
                + " image; a logo must be a PNG, JPEG or WebP image sent with its own content type");
    }
}
