package io.admitone.admin.apikeys;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.apikey.ApiKeyKind;

import java.util.UUID;

/** The answer to creating a key: for a secret key, {@code key} is the secret, given this once. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssuedApiKey(UUID id, ApiKeyKind kind, String prefix, String key) {
}
