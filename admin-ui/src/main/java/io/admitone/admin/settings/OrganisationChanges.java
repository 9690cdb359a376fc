package io.admitone.admin.settings;

import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.ApiPath;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads the organisation and changes one part of it. The server accepts a change (202) and applies it shortly
 * after; the read that follows a change waits for it (read-your-writes), so what it hands on shows the change.
 */
final class OrganisationChanges {

    private final AdmitOneApiClient api;
    private final ApiPath organisation;
    private final ApiPath logo;
    private final Consumer<Organisation> whenRead;

    OrganisationChanges(AdmitOneApiClient api, UUID organisation, Consumer<Organisation> whenRead) {
        this.api = api;
        this.organisation = ApiPath.of("/api/v1/orgs/{orgId}", organisation);
        this.logo = ApiPath.of("/api/v1/orgs/{orgId}/branding/logo", organisation);
        this.whenRead = whenRead;
    }

    void read() {
        whenRead.accept(api.get(organisation, Organisation.class));
    }

    /** Replaces the part named {@code section} ({@code settings}, {@code branding}, {@code storefront}). */
    void change(String section, Object value) {
        api.send(HttpMethod.PATCH, organisation, Map.of(section, value));
        read();
    }

    /** Makes {@code image} the organisation's logo; the server checks its type and size. */
    void uploadLogo(MediaType type, byte[] image) {
        api.send(HttpMethod.PUT, logo, type, image, Void.class);
        read();
    }

    void removeLogo() {
        api.send(HttpMethod.DELETE, logo, null);
        read();
    }
}
