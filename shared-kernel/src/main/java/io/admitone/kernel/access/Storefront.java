package io.admitone.kernel.access;

import io.admitone.kernel.apikey.ApiKeyId;
import io.admitone.kernel.organisation.TenantId;

/**
 * The storefront a public call came from, named by the valid publishable key it sent; the server keeps it as a
 * request attribute under {@link #ATTRIBUTE}.
 */
public record Storefront(ApiKeyId keyId, TenantId tenantId) {

    public static final String ATTRIBUTE = Storefront.class.getName();
}
