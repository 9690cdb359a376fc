package io.admitone.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestsTest {

    @Test
    void secretsAreStoredAsTheirHexSha256() {
        assertThat(Digests.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyTheSecretItselfMatchesItsDigestAndNullMatchesNothing() {
        String digest = Digests.sha256Hex("abc");

        assertThat(Digests.matches("abc", digest)).isTrue();
        assertThat(Digests.matches("abd", digest)).isFalse();
        assertThat(Digests.matches(null, digest)).isFalse();
        assertThat(Digests.same(digest, null)).isFalse();
    }
}
