package io.admitone.server.branding;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Owners and admins upload their organisation's logo; anyone fetches it from the URL the branding then names. */
class OrganisationLogoTest extends ServerIntegrationTest {

    private static final byte[] PNG = png(200);
    private static final byte[] SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    private static final int MAX_LOGO_SIZE = 1024 * 1024;

    @Test
    void anUploadedLogoBecomesTheBrandingsLogoAndIsServedToAnyone() {
        String org = createOrganisation("logo");
        String logoUrl = upload(member(org, StaffRole.OWNER), org, MediaType.IMAGE_PNG, PNG)
                .expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("logoUrl").asString();

        assertThat(logoUrl).matches("http://localhost:\\d+/api/v1/orgs/" + org + "/branding/logos/[0-9a-f]{64}\\.png");
        http.get().uri(URI.create(logoUrl).getPath()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("immutable", "public"))
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody(byte[].class).isEqualTo(PNG);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}", org)
                .exchange().expectBody().jsonPath("$.logoUrl").isEqualTo(logoUrl));
    }

    @Test
    void anAdminReplacesTheLogoAndRemovesIt() {
        String org = createOrganisation("logo-replace");
        WebTestClient orgAdmin = member(org, StaffRole.ADMIN);
        upload(orgAdmin, org, MediaType.IMAGE_PNG, PNG).expectStatus().isAccepted();
        String jpegUrl = upload(orgAdmin, org, MediaType.IMAGE_JPEG, jpeg()).expectStatus().isAccepted()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("logoUrl").asString();
        assertThat(jpegUrl).endsWith(".jpg");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}", org)
                .exchange().expectBody().jsonPath("$.logoUrl").isEqualTo(jpegUrl));

        orgAdmin.delete().uri("/api/v1/orgs/{org}/branding/logo", org).exchange().expectStatus().isAccepted();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> admin.get().uri("/api/v1/orgs/{org}", org)
                .exchange().expectBody().jsonPath("$.logoUrl").doesNotExist());
    }

    @Test
    void bytesThatAreNotTheImageTheirTypeNamesAreRefused() {
        String org = createOrganisation("logo-fake");
        upload(admin, org, MediaType.IMAGE_PNG, SVG)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-logo");
        upload(admin, org, MediaType.IMAGE_JPEG, PNG)
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("invalid-logo");
    }

    @Test
    void svgAndOtherTypesAreRefused() {
        String org = createOrganisation("logo-svg");
        upload(admin, org, MediaType.parseMediaType("image/svg+xml"), SVG)
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.code").isEqualTo("unsupported-media-type");
    }

    @Test
    void aLogoLargerThanAllowedIsRefused() {
        String org = createOrganisation("logo-large");
        upload(admin, org, MediaType.IMAGE_PNG, png(MAX_LOGO_SIZE + 1))
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("content-too-large");
        upload(admin, org, MediaType.IMAGE_PNG, png(MAX_LOGO_SIZE)).expectStatus().isAccepted();
    }

    @Test
    void onlyOwnersAndAdminsChangeTheLogo() {
        String org = createOrganisation("logo-roles");
        upload(member(org, StaffRole.EVENT_MANAGER), org, MediaType.IMAGE_PNG, PNG)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("forbidden");
        member(org, StaffRole.FINANCE).delete().uri("/api/v1/orgs/{org}/branding/logo", org)
                .exchange().expectStatus().isForbidden();
        upload(http, org, MediaType.IMAGE_PNG, PNG).expectStatus().isUnauthorized();
    }

    @Test
    void anotherOrganisationsLogoIsNotFound() {
        String mine = createOrganisation("logo-mine");
        String theirs = createOrganisation("logo-theirs");
        upload(member(mine, StaffRole.OWNER), theirs, MediaType.IMAGE_PNG, PNG)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    @Test
    void aLogoThatWasNeverUploadedIsNotFound() {
        String org = createOrganisation("logo-none");
        http.get().uri("/api/v1/orgs/{org}/branding/logos/{file}", org, "0".repeat(64) + ".png")
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.get().uri("/api/v1/orgs/{org}/branding/logos/{file}", org, "logo.svg")
                .exchange().expectStatus().isNotFound();
    }

    private static WebTestClient.ResponseSpec upload(WebTestClient client, String org, MediaType type, byte[] image) {
        return client.put().uri("/api/v1/orgs/{org}/branding/logo", org).contentType(type).bodyValue(image).exchange();
    }

    /** A PNG signature followed by filler: the server checks the signature, never renders the image. */
    private static byte[] png(int size) {
        byte[] image = new byte[size];
        Arrays.fill(image, (byte) 7);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, image, 0, 8);
        return image;
    }

    private static byte[] jpeg() {
        byte[] image = new byte[120];
        System.arraycopy(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, 0, image, 0, 4);
        return image;
    }
}
