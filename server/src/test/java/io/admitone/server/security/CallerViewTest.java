package io.admitone.server.security;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

/** {@code GET /api/v1/me} tells each kind of caller who the server takes it for. */
class CallerViewTest extends ServerIntegrationTest {

    @Test
    void aStaffTokenIsToldItsRolesPerOrganisation() {
        String org = createOrganisation("me");

        member(org, StaffRole.FINANCE).get().uri("/api/v1/me").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.platformAdmin").isEqualTo(false)
                .jsonPath("$.memberships['" + org + "']").isEqualTo(List.of("finance"));
    }

    @Test
    void aPlatformAdminIsToldSo() {
        admin.get().uri("/api/v1/me").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.platformAdmin").isEqualTo(true);
    }

    @Test
    void noCredentialsIsUnauthenticated() {
        http.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthenticated");
    }
}
