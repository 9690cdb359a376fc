package io.admitone.server.finance.reports;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.admitone.server.finance.reports.SalesReportTest.figures;
import static io.admitone.server.finance.reports.SalesReportTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's SQL over ledger rows written here as the ledger writes them: a Floor sale late on 31 January (UTC; 1
 * February in Berlin), an offline Front sale and a USD sale on 2 February, and 10.00 of the Floor sale paid back on
 * 3 February.
 */
class LedgerSalesReportTest extends ServerIntegrationTest {

    private static final Instant FLOOR_SOLD = Instant.parse("2026-01-31T23:30:00Z");
    private static final Instant FRONT_SOLD = Instant.parse("2026-02-02T12:00:00Z");
    private static final Instant FLOOR_REFUNDED = Instant.parse("2026-02-03T10:00:00Z");

    @Autowired
    private DSLContext db;

    private static SalesScenario books;
    private static String floor;
    private static String front;
    private static final UUID DOLLARS = UUID.randomUUID();

    @BeforeEach
    void ledgerRowsOfTheBooks() {
        if (books == null) {
            String org = createOrganisation("ledger-reports");
            books = SalesScenario.onSale(admin, http, member(org, StaffRole.FINANCE), org);
            floor = books.addTicketType(SalesScenario.terms("Floor", "50.00", "Floor", null, "19", "2.00", null));
            front = books.addTicketType(SalesScenario.terms("Front", "80.00", null, "front", "7", null, "5"));
            LedgerRows rows = new LedgerRows(db, books);
            rows.transaction("sale", FLOOR_SOLD, UUID.fromString(floor), "EUR", "50.00", "40.34", "7.66", "2.00");
            rows.transaction("offline-payment", FRONT_SOLD, UUID.fromString(front), "EUR", "80.00", "71.03", "4.97",
                    "4.00");
            rows.transaction("sale", FRONT_SOLD, DOLLARS, "USD", "30.00", "30.00", "0.00", "0.00");
            rows.transaction("refund", FLOOR_REFUNDED, UUID.fromString(floor), "EUR", "10.00", "8.07", "1.53", "0.40");
        }
    }

    @Test
    void theOrganisationsFiguresArePerCurrency() {
        List<JsonNode> lines = lines(books.report("&source=ledger"));

        assertThat(lines).extracting(SalesReportTest::figures).containsExactly(
                List.of("EUR", "130.00", "10.00", "11.10", "5.60", "103.30"),
                List.of("USD", "30.00", "0.00", "0.00", "0.00", "30.00"));
    }

    @Test
    void asOfLeavesOutWhatMovedLater() {
        assertThat(lines(books.report("&asOf=2026-02-01T00:00:00Z"))).extracting(SalesReportTest::figures)
                .containsExactly(List.of("EUR", "50.00", "0.00", "7.66", "2.00", "40.34"));
        assertThat(lines(books.report("&asOf=" + FLOOR_SOLD))).hasSize(1);
        assertThat(lines(books.report("&asOf=2026-01-31T23:29:59Z"))).isEmpty();
    }

    @Test
    void ticketTypeLinesAreNamedFromTheCatalog() {
        List<JsonNode> lines = lines(books.report("&groupBy=ticket-type"));

        assertThat(lines).extracting(line -> line.get("ticketTypeId").asString())
                .containsExactly(DOLLARS.toString(), floor, front);
        assertThat(lines.getFirst().has("ticketTypeName")).isFalse();
        assertThat(lines.get(1).get("ticketTypeName").asString()).isEqualTo("Floor");
        assertThat(figures(lines.get(1))).containsExactly("EUR", "50.00", "10.00", "6.13", "1.60", "32.27");
        assertThat(figures(lines.get(2))).containsExactly("EUR", "80.00", "0.00", "4.97", "4.00", "71.03");
    }

    @Test
    void daysAreDatesInTheZoneAsked() {
        assertThat(lines(books.report("&groupBy=day"))).extracting(line -> line.get("day").asString())
                .containsExactly("2026-01-31", "2026-02-02", "2026-02-02", "2026-02-03");
        assertThat(lines(books.report("&groupBy=day&zone=Europe/Berlin")))
                .extracting(line -> line.get("day").asString())
                .containsExactly("2026-02-01", "2026-02-02", "2026-02-02", "2026-02-03");
    }

    @Test
    void fromAndToBoundWhenTheMoneyMoved() {
        assertThat(lines(books.report("&from=2026-02-02T00:00:00Z&to=2026-02-03T00:00:00Z")))
                .extracting(SalesReportTest::figures).containsExactly(
                        List.of("EUR", "80.00", "0.00", "4.97", "4.00", "71.03"),
                        List.of("USD", "30.00", "0.00", "0.00", "0.00", "30.00"));
    }
}
