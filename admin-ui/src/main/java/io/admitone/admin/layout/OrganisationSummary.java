package io.admitone.admin.layout;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** What the layout shows of an organisation: its name for the switcher and its branding for the theme. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationSummary(UUID tenantId, String name, String displayName, String primaryColour,
                                  String accentColour, String logoUrl) {

    public String shownName() {
        return displayName != null && !displayName.isBlank() ? displayName : name;
    }
}
