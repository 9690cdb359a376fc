package io.admitone.admin.api;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AdmitOneServerPropertiesTest {

    @Test
    void anHttpOrHttpsUrlIsAccepted() {
        assertThatNoException().isThrownBy(() -> new AdmitOneServerProperties(URI.create("http://localhost:8080")));
        assertThatNoException().isThrownBy(() -> new AdmitOneServerProperties(URI.create("https://tickets.example.com/admitone")));
    }

    @Test
    void aUrlThatIsNotHttpIsRejectedNamingTheSetting() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AdmitOneServerProperties(URI.create("localhost:8080")))
                .withMessageContaining("ADMITONE_ADMIN_SERVER_URL");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AdmitOneServerProperties(null))
                .withMessageContaining("admitone.admin.server-url");
    }
}
