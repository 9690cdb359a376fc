package io.admitone.command.secrets;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTokensTest {

    private final SecretTokens tokens = new SecretTokens();

    @Test
    void tokensCarry256RandomBitsInUrlSafeText() {
        String token = tokens.newToken();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(tokens.newToken()).isNotEqualTo(token);
    }
}
