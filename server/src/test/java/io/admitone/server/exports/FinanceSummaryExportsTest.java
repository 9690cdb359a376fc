package io.admitone.server.exports;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.finance.reports.LedgerRows;
import io.admitone.server.finance.reports.SalesScenario;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The finance-summary job run from the admin API over an organisation whose money moved yesterday, three days ago
 * and today (ledger rows written as the ledger writes them, on those days): the two days that are over are exported
 * once each, as their sales reports per performance have them, for the organisation's finance staff alone.
 */
class FinanceSummaryExportsTest extends ServerIntegrationTest {

    private static final Duration RUN = Duration.ofSeconds(30);

    @Autowired
    private DSLContext db;

    private static SalesScenario books;
    private static LocalDate yesterday;
    private static LocalDate threeDaysAgo;

    @BeforeEach
    void summarisedBooks() {
        if (books == null) {
            String org = createOrganisation("finance-summary");
            SalesScenario scenario = SalesScenario.onSale(admin, http, member(org, StaffRole.FINANCE), org);
            UUID floor = UUID.fromString(scenario.addTicketType(
                    SalesScenario.terms("Floor", "50.00", "Floor", null, "19", "2.00", null)));
            UUID front = UUID.fromString(scenario.addTicketType(
                    SalesScenario.terms("Front", "80.00", null, "front", "7", null, "5")));
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            yesterday = today.minusDays(1);
            threeDaysAgo = today.minusDays(3);
            LedgerRows rows = new LedgerRows(db, scenario);
            rows.transaction("sale", at(threeDaysAgo, "09:00"), floor, "EUR", "50.00", "40.34", "7.66", "2.00");
            rows.transaction("sale", at(yesterday, "00:00"), floor, "EUR", "50.00", "40.34", "7.66", "2.00");
            rows.transaction("offline-payment", at(yesterday, "23:59:59"), front, "EUR", "80.00", "71.03", "4.97",
                    "4.00");
            rows.transaction("refund", at(yesterday, "12:00"), floor, "EUR", "10.00", "8.07", "1.53", "0.40");
            rows.transaction("sale", Instant.now(), front, "EUR", "80.00", "71.03", "4.97", "4.00");
            scenario.csv(dayOf(yesterday));
            runTheJob();
            books = scenario;
        }
    }

    @Test
    void eachDayThatIsOverIsExportedAsThatDaysSalesReportPerPerformance() {
        List<JsonNode> exports = exports(books.finance(), books.org());

        assertThat(exports).extracting(export -> export.get("day").asString())
                .containsExactly(yesterday.toString(), threeDaysAgo.toString());
        JsonNode export = exports.getFirst();
        assertThat(export.get("name").asString()).isEqualTo("finance-summary-" + yesterday + ".csv");
        String csv = books.finance().get().uri("/api/v1/orgs/{org}/exports/{id}", books.org(),
                        export.get("id").asString()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().value("Content-Disposition", disposition -> assertThat(disposition)
                        .isEqualTo("attachment; filename=\"finance-summary-" + yesterday + ".csv\""))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).isEqualTo(books.csv(dayOf(yesterday)));
        assertThat(csv.lines()).hasSize(2).last().asString()
                .contains("Books night", books.performance(), "EUR,130.00,10.00,11.10,5.60,103.30");
        assertThat(export.get("size").asLong()).isEqualTo(csv.getBytes().length);
    }

    @Test
    void runningTheJobAgainExportsNoDayTwice() {
        List<JsonNode> before = exports(books.finance(), books.org());

        runTheJob();

        assertThat(exports(books.finance(), books.org())).isEqualTo(before);
    }

    /** Outsiders are told no such organisation, as for its sales reports; its export is no export of theirs. */
    @Test
    void anotherOrganisationNeitherListsNorReadsTheExports() {
        String other = createOrganisation("other-finance");
        WebTestClient otherFinance = member(other, StaffRole.FINANCE);
        String exportId = exports(books.finance(), books.org()).getFirst().get("id").asString();

        otherFinance.get().uri("/api/v1/orgs/{org}/exports", books.org()).exchange().expectStatus().isNotFound();
        otherFinance.get().uri("/api/v1/orgs/{org}/exports/{id}", books.org(), exportId).exchange()
                .expectStatus().isNotFound();
        otherFinance.get().uri("/api/v1/orgs/{org}/exports/{id}", other, exportId).exchange()
                .expectStatus().isNotFound();
        assertThat(exports(otherFinance, other)).isEmpty();
    }

    @Test
    void staffWithoutFinanceRightsAreRefused() {
        String exportId = exports(books.finance(), books.org()).getFirst().get("id").asString();
        for (StaffRole role : List.of(StaffRole.BOX_OFFICE, StaffRole.EVENT_MANAGER, StaffRole.ANALYST)) {
            WebTestClient staff = member(books.org(), role);
            staff.get().uri("/api/v1/orgs/{org}/exports", books.org()).exchange().expectStatus().isForbidden();
            staff.get().uri("/api/v1/orgs/{org}/exports/{id}", books.org(), exportId).exchange()
                    .expectStatus().isForbidden();
        }
        member(books.org(), StaffRole.OWNER).get().uri("/api/v1/orgs/{org}/exports", books.org()).exchange()
                .expectStatus().isOk();
    }

    /** Runs the job from the admin API and waits until that run succeeded. */
    private void runTheJob() {
        String before = job().path("lastSuccess").asString("");
        await().atMost(RUN).until(() -> admin.post().uri("/api/v1/admin/jobs/finance-summary/run").exchange()
                .returnResult(JsonNode.class).getStatus().value() == 202);
        await().atMost(RUN).until(() -> !job().path("lastSuccess").asString("").equals(before));
    }

    private JsonNode job() {
        JsonNode jobs = admin.get().uri("/api/v1/admin/jobs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("jobs");
        return jobs.valueStream().filter(job -> job.get("name").asString().equals("finance-summary"))
                .findFirst().orElseThrow();
    }

    private static List<JsonNode> exports(WebTestClient finance, String org) {
        return finance.get().uri("/api/v1/orgs/{org}/exports", org).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("exports").valueStream().toList();
    }

    private static Instant at(LocalDate day, String time) {
        return Instant.parse(day + "T" + (time.length() == 5 ? time + ":00" : time) + "Z");
    }

    /** The report's query for the UTC day, grouped as the summary is. */
    private static String dayOf(LocalDate day) {
        return "&groupBy=performance&from=" + day + "T00:00:00Z&to=" + day.plusDays(1) + "T00:00:00Z";
    }
}
