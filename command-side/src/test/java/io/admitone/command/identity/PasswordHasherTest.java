package io.admitone.command.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private static final PasswordHasher HASHER = new PasswordHasher();

    @Test
    void passwordsAreHashedWithBcryptAtCost12AndVerify() {
        String hash = HASHER.hash("correct horse battery");

        assertThat(hash).startsWith("{bcrypt}$2a$12$").doesNotContain("correct horse battery");
        assertThat(HASHER.matches("correct horse battery", hash)).isTrue();
        assertThat(HASHER.matches("correct horse batteryX", hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(HASHER.hash("correct horse battery")).isNotEqualTo(HASHER.hash("correct horse battery"));
    }

    @Test
    void twelveCharactersAreEnough() {
        assertThat(HASHER.matches("exactly12chr", HASHER.hash("exactly12chr"))).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"eleven chrs"})
    void passwordsShorterThanTwelveCharactersAreRejected(String password) {
        assertThatThrownBy(() -> HASHER.hash(password))
                .isInstanceOfSatisfying(InvalidPassword.class, e -> assertThat(e.code()).isEqualTo("invalid-password"));
    }

    /** bcrypt would silently ignore everything after the 72nd byte. */
    @Test
    void passwordsLongerThanTheBytesBcryptReadsAreRejected() {
        assertThatThrownBy(() -> HASHER.hash("x".repeat(73))).isInstanceOf(InvalidPassword.class);
        assertThatThrownBy(() -> HASHER.hash("ü".repeat(37))).isInstanceOf(InvalidPassword.class);
        assertThat(HASHER.matches("x".repeat(73), HASHER.hash("x".repeat(72)))).isFalse();
    }
}
