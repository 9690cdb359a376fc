package io.admitone.command.organisation;

import io.admitone.kernel.DomainRejection;

/** Storefronts find their organisation by its custom domain, so two organisations cannot share one. */
class CustomDomainTaken extends DomainRejection {

    CustomDomainTaken(String domain) {
        super("custom-domain-taken", Kind.CONFLICT, "Another organisation already uses the custom domain '" + domain + "'");
    }
}
