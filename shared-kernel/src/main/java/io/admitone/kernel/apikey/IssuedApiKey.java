package io.admitone.kernel.apikey;

/** The answer to {@link IssueApiKeyCommand}: the new key's id and the key itself, shown this once. */
public record IssuedApiKey(ApiKeyId keyId, String key) {

    @Override
    public String toString() {
        return "IssuedApiKey[keyId=" + keyId + "]";
    }
}
