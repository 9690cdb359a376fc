package io.admitone.kernel.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * A secret key authenticates an integrator under its roles and is shown once; a publishable key authenticates
 * nobody: it is meant to sit in a storefront's web pages and only names the organisation its calls belong to.
 */
public enum ApiKeyKind {
    SECRET("sk_"), PUBLISHABLE("pk_");

    private final String keyPrefix;

    ApiKeyKind(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** How every key of this kind begins, so that a key says what it is. */
    public String keyPrefix() {
        return keyPrefix;
    }

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ApiKeyKind of(String apiName) {
        return Arrays.stream(values()).filter(kind -> kind.apiName().equals(apiName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown API key kind '" + apiName + "'"));
    }
}
