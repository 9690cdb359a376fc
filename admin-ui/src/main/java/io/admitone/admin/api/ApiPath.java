package io.admitone.admin.api;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.Objects;

/**
 * A path of the server's API with its query: {@code ApiPath.of("/api/v1/orgs/{orgId}/orders", orgId).with("status", "PAID")}.
 * Variables and parameters are encoded here, once; a parameter whose value is null or blank is left out, so a form's
 * empty filter fields can be passed as they are.
 */
public final class ApiPath {

    private final UriComponentsBuilder uri;

    private ApiPath(UriComponentsBuilder uri) {
        this.uri = uri;
    }

    public static ApiPath of(String template, Object... variables) {
        return new ApiPath(UriComponentsBuilder.fromPath(UriComponentsBuilder.fromPath(template)
                .buildAndExpand(variables).encode().toUriString()));
    }

    public ApiPath with(String parameter, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(parameter, value.toString());
        }
        return this;
    }

    boolean readsOrganisationData() {
        return Objects.requireNonNull(uri.build().getPath()).startsWith("/api/v1/orgs/");
    }

    ApiPath copy() {
        return new ApiPath(uri.cloneBuilder());
    }

    @Override
    public String toString() {
        return uri.encode().build().toUriString();
    }
}
