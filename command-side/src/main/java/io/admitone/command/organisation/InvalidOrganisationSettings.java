package io.admitone.command.organisation;

import io.admitone.kernel.DomainRejection;

/** A field of an organisation (name, slug, settings or branding) that breaks its rule. */
class InvalidOrganisationSettings extends DomainRejection {

    InvalidOrganisationSettings(String field, String value, String rule) {
        super("invalid-organisation-settings", Kind.UNPROCESSABLE,
                field + " must be " + rule + ", not " + (value == null ? "missing" : "'" + value + "'"));
    }
}
