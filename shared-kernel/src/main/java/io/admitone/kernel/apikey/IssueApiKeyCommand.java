package io.admitone.kernel.apikey;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;

import java.util.Set;

/** Creates a key in an organisation; the handler generates the key and answers it once ({@link IssuedApiKey}). */
public record IssueApiKeyCommand(ApiKeyId keyId, TenantId tenantId, String name, ApiKeyKind kind,
                                 Set<StaffRole> roles) {

    public IssueApiKeyCommand {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
