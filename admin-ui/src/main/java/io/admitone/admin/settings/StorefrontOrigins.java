package io.admitone.admin.settings;

import java.util.List;

/** The web origins of the organisation's storefronts: the {@code storefront} section of the organisation's PATCH. */
public record StorefrontOrigins(List<String> origins) {

    public StorefrontOrigins {
        origins = origins == null ? List.of() : List.copyOf(origins);
    }
}
