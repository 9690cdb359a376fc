package io.admitone.server.storage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileKeyTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"../etc/passwd", "logos/../../secret", "/absolute", "logos//twice", "logos/", ".hidden",
            "logos/.", "logos/..", "with space", "back\\slash", "logos/ä.png"})
    void keysThatCouldLeaveTheStoreOrMeanTwoThingsAreRefused(String key) {
        assertThatIllegalArgumentException().isThrownBy(() -> new FileKey(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"logos/3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11/ab12.png", "exports/2027/sales_report.csv", "a"})
    void plainKeysAreKept(String key) {
        assertThat(new FileKey(key).toString()).isEqualTo(key);
    }
}
