package io.admitone.command.organisation;

import io.admitone.kernel.DomainRejection;

class SlugTaken extends DomainRejection {

    SlugTaken(String slug) {
        super("slug-taken", Kind.CONFLICT, "Another organisation already uses the slug '" + slug + "'");
    }
}
