package io.admitone.kernel;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class SecretSealTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretSeal seal = new SecretSeal(RANDOM.generateSeed(32));

    @Test
    void aDigestIsTheSameUnderOneKeyAndAnotherUnderAnother() {
        String text = "tenant:ada@example.org";

        assertThat(seal.digest(text)).hasSize(64).isEqualTo(seal.digest(text))
                .isNotEqualTo(seal.digest("tenant:grace@example.org"))
                .isNotEqualTo(new SecretSeal(RANDOM.generateSeed(32)).digest(text))
                .isNotEqualTo(Digests.sha256Hex(text));
    }

    @Test
    void digestsAreMadeUnderAKeyDerivedFromTheSealingKeyNotUnderTheSealingKeyItself() throws Exception {
        byte[] key = RANDOM.generateSeed(32);
        Mac underTheSealingKey = Mac.getInstance("HmacSHA256");
        underTheSealingKey.init(new SecretKeySpec(key, "HmacSHA256"));

        assertThat(new SecretSeal(key).digest("text")).isNotEqualTo(HexFormat.of()
                .formatHex(underTheSealingKey.doFinal("text".getBytes(StandardCharsets.UTF_8))));
    }
}
