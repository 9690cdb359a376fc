package io.admitone.server.dashboard;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each staff member saves their own dashboard layout in an organisation and gets it back, and no one else does. */
class DashboardLayoutsTest extends ServerIntegrationTest {

    static final String LAYOUT = "/api/v1/orgs/{org}/dashboard-layout";
    private static final Duration PROJECTED = Duration.ofSeconds(20);
    private static final Map<String, Object> SALES_TODAY = widget("sales-today", 1, 1, 2, 1);
    private static final Map<String, Object> CHECK_INS = widget("check-ins", 3, 1, 4, 2);

    @Test
    void aSavedLayoutIsTheOneReadBackRightAfterTheSaveAndASecondSaveReplacesIt() {
        String org = createOrganisation("dashboard");
        WebTestClient member = member(org, StaffRole.BOX_OFFICE);
        member.get().uri(LAYOUT, org).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");

        long position = save(member, org, List.of(SALES_TODAY, CHECK_INS));
        member.get().uri(LAYOUT + "?minPosition={position}", org, position).exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("X-AdmitOne-Stale")
                .expectBody()
                .jsonPath("$.widgets.length()").isEqualTo(2)
                .jsonPath("$.widgets[0].type").isEqualTo("sales-today")
                .jsonPath("$.widgets[0].column").isEqualTo(1)
                .jsonPath("$.widgets[0].row").isEqualTo(1)
                .jsonPath("$.widgets[0].width").isEqualTo(2)
                .jsonPath("$.widgets[0].height").isEqualTo(1)
                .jsonPath("$.widgets[1].type").isEqualTo("check-ins")
                .jsonPath("$.widgets[1].column").isEqualTo(3)
                .jsonPath("$.widgets[1].height").isEqualTo(2)
                .jsonPath("$.savedAt").isNotEmpty();

        long emptied = save(member, org, List.of());
        member.get().uri(LAYOUT + "?minPosition={position}", org, emptied).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.widgets").isArray()
                .jsonPath("$.widgets.length()").isEqualTo(0);
    }

    @Test
    void eachMemberSeesOnlyTheirOwnLayoutAndAnotherOrganisationsMemberNone() {
        String org = createOrganisation("dashboard");
        String otherOrg = createOrganisation("dashboard-other");
        WebTestClient analyst = member(org, StaffRole.ANALYST);
        WebTestClient colleague = member(org, StaffRole.OWNER);
        WebTestClient outsider = member(otherOrg, StaffRole.OWNER);

        long analystSaved = save(analyst, org, List.of(SALES_TODAY));
        long colleagueSaved = save(colleague, org, List.of(CHECK_INS));

        analyst.get().uri(LAYOUT + "?minPosition={position}", org, colleagueSaved).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.widgets.length()").isEqualTo(1)
                .jsonPath("$.widgets[0].type").isEqualTo("sales-today");
        colleague.get().uri(LAYOUT + "?minPosition={position}", org, analystSaved).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.widgets[0].type").isEqualTo("check-ins");
        member(org, StaffRole.FINANCE).get().uri(LAYOUT + "?minPosition={position}", org, colleagueSaved).exchange()
                .expectStatus().isNotFound();
        outsider.get().uri(LAYOUT, org).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.code").isEqualTo("not-found");
        outsider.put().uri(LAYOUT, org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("widgets", List.of(SALES_TODAY))).exchange()
                .expectStatus().isNotFound();
        outsider.get().uri(LAYOUT + "?minPosition={position}", otherOrg, colleagueSaved).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anApiKeyHasNoDashboard() {
        String org = createOrganisation("dashboard-key");
        String key = admin.post().uri("/api/v1/orgs/{org}/api-keys", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "Reporting", "kind", "secret", "roles", List.of("analyst")))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("key").asString();
        WebTestClient integrator = http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key).build();
        await().atMost(PROJECTED).untilAsserted(() ->
                integrator.get().uri("/api/v1/orgs/{org}", org).exchange().expectStatus().isOk());

        integrator.get().uri(LAYOUT, org).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("forbidden");
        integrator.put().uri(LAYOUT, org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("widgets", List.of(SALES_TODAY))).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("forbidden");
    }

    @Test
    void aSaveIsInTheOrganisationsAuditTrailByItsAuthorAndTheHashChainLinksIt() {
        String org = createOrganisation("dashboard-audit");
        WebTestClient finance = member(org, StaffRole.FINANCE);
        long position = save(member(org, StaffRole.OWNER), org, List.of(SALES_TODAY));

        JsonNode saved = finance.get().uri("/api/v1/orgs/{org}/audit/events?type=DashboardLayoutSaved&minPosition={p}",
                        org, position).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
        assertThat(saved).hasSize(1);
        JsonNode event = saved.get(0);
        String author = event.get("payload").get("userId").asString();
        assertThat(event.get("aggregateType").asString()).isEqualTo("DashboardLayout");
        assertThat(event.get("aggregateId").asString()).isEqualTo(org + ":" + author);
        assertThat(event.get("metadata").get("actor").asString()).isEqualTo(author);
        assertThat(event.get("payload").get("widgets").get(0).get("type").asString()).isEqualTo("sales-today");
        JsonNode chain = await().atMost(PROJECTED).until(() -> finance.get().uri("/api/v1/orgs/{org}/audit/verify", org)
                        .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody(),
                report -> report.get("head").isObject()
                        && report.get("head").get("position").asLong() == event.get("position").asLong());
        assertThat(chain.get("verified").asBoolean()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLayouts")
    void anInvalidFieldIsRejectedByItsName(String field, Map<String, Object> layout) {
        String org = createOrganisation("dashboard-invalid");
        member(org, StaffRole.EVENT_MANAGER).put().uri(LAYOUT, org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(layout).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("validation-failed")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    static Stream<Arguments> invalidLayouts() {
        return Stream.of(
                Arguments.of("widgets", Map.of()),
                Arguments.of("widgets", Map.of("widgets", Collections.nCopies(25, SALES_TODAY))),
                Arguments.of("widgets[0].type", layoutOf(widget("Sales Today", 1, 1, 1, 1))),
                Arguments.of("widgets[0].type", layoutOf(widget("", 1, 1, 1, 1))),
                Arguments.of("widgets[0].type", layoutOf(widget("x".repeat(65), 1, 1, 1, 1))),
                Arguments.of("widgets[1].type", layoutOf(SALES_TODAY, without(CHECK_INS, "type"))),
                Arguments.of("widgets[0].column", layoutOf(widget("sales-today", 0, 1, 1, 1))),
                Arguments.of("widgets[0].column", layoutOf(widget("sales-today", 13, 1, 1, 1))),
                Arguments.of("widgets[0].row", layoutOf(widget("sales-today", 1, 0, 1, 1))),
                Arguments.of("widgets[0].row", layoutOf(widget("sales-today", 1, 101, 1, 1))),
                Arguments.of("widgets[0].width", layoutOf(widget("sales-today", 1, 1, 0, 1))),
                Arguments.of("widgets[0].width", layoutOf(widget("sales-today", 1, 1, 13, 1))),
                Arguments.of("widgets[0].height", layoutOf(widget("sales-today", 1, 1, 1, 0))),
                Arguments.of("widgets[0].height", layoutOf(widget("sales-today", 1, 1, 1, 7))),
                Arguments.of("widgets[0].height", layoutOf(without(SALES_TODAY, "height"))));
    }

    @Test
    void theLargestLayoutWithinEveryLimitIsSaved() {
        String org = createOrganisation("dashboard-limits");
        WebTestClient member = member(org, StaffRole.OWNER);
        List<Map<String, Object>> widgets = Collections.nCopies(24, widget("a-0".repeat(20) + "-z-9", 12, 100, 12, 6));

        long position = save(member, org, widgets);
        member.get().uri(LAYOUT + "?minPosition={position}", org, position).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.widgets.length()").isEqualTo(24)
                .jsonPath("$.widgets[23].type").isEqualTo("a-0".repeat(20) + "-z-9");
    }

    /** Saves through the API and answers the write's stream position. */
    static long save(WebTestClient member, String org, List<Map<String, Object>> widgets) {
        String position = member.put().uri(LAYOUT, org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("widgets", widgets)).exchange()
                .expectStatus().isNoContent()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-AdmitOne-Position");
        assertThat(position).as("the write's position").isNotBlank();
        return Long.parseLong(position);
    }

    static Map<String, Object> widget(String type, int column, int row, int width, int height) {
        return Map.of("type", type, "column", column, "row", row, "width", width, "height", height);
    }

    @SafeVarargs
    private static Map<String, Object> layoutOf(Map<String, Object>... widgets) {
        return Map.of("widgets", List.of(widgets));
    }

    private static Map<String, Object> without(Map<String, Object> widget, String field) {
        Map<String, Object> less = new HashMap<>(widget);
        less.remove(field);
        return less;
    }
}
