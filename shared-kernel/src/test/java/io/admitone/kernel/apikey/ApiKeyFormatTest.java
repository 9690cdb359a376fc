package io.admitone.kernel.apikey;

import io.admitone.kernel.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyFormatTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aSecretKeyNamesItsKindAndPrefix() {
        String prefix = ApiKeyFormat.newPrefix(random);
        String key = ApiKeyFormat.secretKey(prefix, random);

        assertThat(prefix).matches("[a-z2-7]{16}");
        assertThat(key).startsWith("sk_" + prefix + "_").hasSize(63);
        assertThat(ApiKeyFormat.parse(key)).contains(new ApiKeyFormat.Parsed(ApiKeyKind.SECRET, prefix));
    }

    @Test
    void aPublishableKeyIsItsKindAndPrefix() {
        String prefix = ApiKeyFormat.newPrefix(random);

        assertThat(ApiKeyFormat.parse(ApiKeyFormat.publishableKey(prefix)))
                .contains(new ApiKeyFormat.Parsed(ApiKeyKind.PUBLISHABLE, prefix));
    }

    @Test
    void onlyTheKeyItselfMatchesItsHash() {
        String key = ApiKeyFormat.secretKey(ApiKeyFormat.newPrefix(random), random);
        String hash = Digests.sha256Hex(key);
        String tampered = key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A");

        assertThat(hash).matches("[0-9a-f]{64}").doesNotContain(key);
        assertThat(Digests.matches(key, hash)).isTrue();
        assertThat(Digests.matches(tampered, hash)).isFalse();
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            keys.add(ApiKeyFormat.secretKey(ApiKeyFormat.newPrefix(random), random));
        }
        assertThat(keys).hasSize(1000);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"sk_", "pk_abc", "eyJhbGciOiJFUzI1NiJ9.e30.sig", "sk_ABCDEFGHIJKLMNOP_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "sk_abcdefghijklmnop-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "pk_abcdefghijklmnop1", "xk_abcdefghijklmnop"})
    void whatIsNoKeyIsNotParsed(String text) {
        assertThat(ApiKeyFormat.parse(text)).isEmpty();
    }
}
