package io.admitone.kernel.apikey;

import io.admitone.kernel.organisation.TenantId;

public sealed interface ApiKeyEvent permits ApiKeyCreated, ApiKeyRevoked {

    ApiKeyId keyId();

    TenantId tenantId();
}
