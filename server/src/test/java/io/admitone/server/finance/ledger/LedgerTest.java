package io.admitone.server.finance.ledger;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.onsale.OnSaleFixture;
import io.admitone.server.plugins.OfflinePayments;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ledger books sales at their ticket types' tax and fee terms, refunds by their share of what is left, a paid
 * order's cancellation and offline payments, each transaction balanced; finance reads it as JSON pages, CSV and JSON
 * lines with the same rows.
 */
class LedgerTest extends ServerIntegrationTest {

    private static final Duration REBUILT = Duration.ofSeconds(60);
    private static final String ROWS = "select row_to_json(e)::text from read.ledger_entry e where tenant_id = ?::uuid "
            + "order by effective_at, position, line";

    @Autowired
    private JdbcTemplate jdbc;

    private OnSaleFixture onSale;
    private WebTestClient finance;
    private LedgerReads ledger;

    @BeforeEach
    void aPerformanceOnSale() {
        onSale = OnSaleFixture.onSale(admin, http, createOrganisation("ledger"));
        finance = member(onSale.org(), StaffRole.FINANCE);
        ledger = new LedgerReads(finance, onSale.org());
    }

    @Test
    void aSaleIsBookedAtItsTicketTypesTermsAndRefundsTakeBackTheirShareUntilACancellationTakesTheRest() {
        taxedTerms();
        String orderId = paidOrderOfTwoFloorPlacesAndSeat("A-1-1");

        List<JsonNode> sale = ledger.rows("orderId=" + orderId, rows -> !rows.isEmpty());
        assertThat(sale).extracting(row -> row.get("kind").asString()).containsOnly("sale");
        assertThat(sale).extracting(row -> row.get("provider").asString()).containsOnly("test");
        assertThat(LedgerReads.net(sale)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "payment-clearing", new BigDecimal("188.00"), "ticket-revenue", new BigDecimal("-157.74"),
                "tax-payable", new BigDecimal("-22.81"), "service-fee-revenue", new BigDecimal("-7.45")));
        assertThat(LedgerReads.net(sale.stream().filter(row -> row.get("ticketTypeId").asString()
                .equals(onSale.floor())).toList())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "payment-clearing", new BigDecimal("99.00"), "ticket-revenue", new BigDecimal("-87.28"),
                "tax-payable", new BigDecimal("-8.72"), "service-fee-revenue", new BigDecimal("-3.00")));

        refund(orderId, Map.of("amount", euros("10.00"), "reason", "goodwill"));
        List<JsonNode> refund = ledger.rows("orderId=" + orderId + "&kind=refund", rows -> !rows.isEmpty());
        assertThat(LedgerReads.net(refund)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "payment-clearing", new BigDecimal("-10.00"), "ticket-revenue-refunds", new BigDecimal("8.39"),
                "tax-payable", new BigDecimal("1.21"), "service-fee-refunds", new BigDecimal("0.40")));

        refund(orderId, Map.of("ticketIds", List.of(floorTicket(orderId)), "reason", "cannot come"));
        List<JsonNode> refunds = ledger.rows("orderId=" + orderId + "&kind=refund&account=payment-clearing",
                rows -> rows.size() > 2);
        assertThat(refunds.stream().map(row -> LedgerReads.amount(row, "credit")).reduce(BigDecimal::add))
                .contains(new BigDecimal("59.50"));

        finance.post().uri("/api/v1/orgs/{org}/orders/{order}/cancel", onSale.org(), orderId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "the show is off")).exchange()
                .expectStatus().isOk();
        List<JsonNode> all = ledger.rows("orderId=" + orderId,
                rows -> rows.stream().anyMatch(row -> row.get("kind").asString().equals("cancellation")));
        LedgerReads.assertEachTransactionBalances(all);
        assertThat(LedgerReads.net(all)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "payment-clearing", new BigDecimal("0.00"), "ticket-revenue", new BigDecimal("-157.74"),
                "ticket-revenue-refunds", new BigDecimal("157.74"), "tax-payable", new BigDecimal("0.00"),
                "service-fee-revenue", new BigDecimal("-7.45"), "service-fee-refunds", new BigDecimal("7.45")));
        assertThat(all).extracting(row -> row.get("kind").asString())
                .containsOnly("sale", "refund", "cancellation");
        trialBalanceBalances();
    }

    @Test
    void anOfflineOrderMarkedPaidIsAnOfflinePaymentWhoseRefundIsOwedUntilStaffPayItOut() {
        OfflinePayments.enable(admin, onSale.org());
        String unpaid = onSale.ordered(onSale.held(onSale.holdItem(onSale.floor(), 1)), "offline", "bank-transfer")
                .get("orderId").asString();
        String orderId = onSale.ordered(onSale.held(onSale.holdItem(onSale.floor(), 2)), "offline", "bank-transfer")
                .get("orderId").asString();
        finance.post().uri("/api/v1/orgs/{org}/orders/{order}/cancel", onSale.org(), unpaid)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "never came")).exchange()
                .expectStatus().isOk();
        finance.post().uri("/api/v1/orgs/{org}/orders/{order}/mark-paid", onSale.org(), orderId).exchange()
                .expectStatus().is2xxSuccessful();

        List<JsonNode> paid = ledger.rows("orderId=" + orderId, rows -> !rows.isEmpty());
        assertThat(paid).extracting(row -> row.get("kind").asString()).containsOnly("offline-payment");
        assertThat(paid).extracting(row -> row.get("provider").asString()).containsOnly("offline");
        assertThat(LedgerReads.net(paid)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "payment-clearing", new BigDecimal("99.00"), "ticket-revenue", new BigDecimal("-99.00")));

        refund(orderId, Map.of("amount", euros("20.00"), "reason", "late start"));
        List<JsonNode> refund = ledger.rows("orderId=" + orderId + "&kind=refund", rows -> !rows.isEmpty());
        assertThat(LedgerReads.net(refund)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "refunds-payable", new BigDecimal("-20.00"), "ticket-revenue-refunds", new BigDecimal("20.00")));
        assertThat(ledger.rows("orderId=" + unpaid)).isEmpty();
        trialBalanceBalances();
    }

    @Test
    void theCsvAndJsonLinesExportsHoldTheRowsOfTheJsonPages() throws IOException {
        taxedTerms();
        String orderId = paidOrderOfTwoFloorPlacesAndSeat("A-1-2");
        refund(orderId, Map.of("amount", euros("33.33"), "reason", "partly"));
        List<JsonNode> pages = ledger.rows("orderId=" + orderId,
                rows -> rows.stream().anyMatch(row -> row.get("kind").asString().equals("refund")));

        String csv = export(orderId, "text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).extracting(CSVRecord::toMap).containsExactlyElementsOf(
                pages.stream().map(LedgerTest::asText).toList());
        List<JsonNode> lines = export(orderId, MediaType.APPLICATION_NDJSON_VALUE).lines()
                .map(line -> JsonMapper.shared().readTree(line)).toList();
        assertThat(lines).isEqualTo(pages);
    }

    @Test
    void aReplayAndARebuildBookTheSameRows() {
        taxedTerms();
        String orderId = paidOrderOfTwoFloorPlacesAndSeat("A-1-4");
        refund(orderId, Map.of("amount", euros("12.34"), "reason", "partly"));
        ledger.rows("orderId=" + orderId, rows -> rows.stream().anyMatch(row -> row.get("kind").asString()
                .equals("refund")));
        List<String> live = jdbc.queryForList(ROWS, String.class, onSale.org());

        admin.post().uri("/api/v1/admin/projections/ledger/replay").exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(REBUILT).until(() -> jdbc.queryForList(ROWS, String.class, onSale.org()).equals(live));

        admin.post().uri("/api/v1/admin/projections/ledger/rebuild").exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(REBUILT).untilAsserted(() -> admin.get().uri("/api/v1/admin/projections/ledger")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.rebuild.state").isEqualTo("DONE")
                .jsonPath("$.state").isEqualTo("RUNNING"));
        assertThat(jdbc.queryForList(ROWS, String.class, onSale.org())).isEqualTo(live);
    }

    @Test
    void anExportLongerThanOnePageOfTheDatabaseStreamsEveryRowInOrder() throws IOException {
        int rows = 2 * 2000 + 1;
        jdbc.update("""
                insert into read.ledger_entry (entry_id, tenant_id, transaction_id, position, line, effective_at, kind,
                                               account, debit, credit, currency, provider, order_id, event_id,
                                               performance_id, ticket_type_id)
                select gen_random_uuid(), ?::uuid, gen_random_uuid(), 1000000000000 + n, 0,
                       timestamptz '2027-01-01' + (n / 2) * interval '1 minute', 'sale', 'payment-clearing', n, 0,
                       'EUR', 'test', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid()
                from generate_series(1, ?) n""", onSale.org(), rows);

        String csv = finance.get().uri("/api/v1/orgs/{org}/ledger?account=payment-clearing&from={from}",
                        onSale.org(), "2026-12-31T00:00:00Z")
                .accept(MediaType.parseMediaType("text/csv")).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();

        assertThat(records).extracting(record -> Long.parseLong(record.get("position")))
                .hasSize(rows).isSorted().doesNotHaveDuplicates();
        assertThat(records.getLast().get("debit")).isEqualTo("4001.00");
    }

    @Test
    void onlyOwnersAdminsAndFinanceOfTheOrganisationReadTheLedger() {
        for (String path : List.of("/ledger", "/ledger/balances", "/reconciliation")) {
            member(onSale.org(), StaffRole.BOX_OFFICE).get().uri("/api/v1/orgs/" + onSale.org() + path)
                    .exchange().expectStatus().isForbidden();
            member(onSale.org(), StaffRole.ANALYST).get().uri("/api/v1/orgs/" + onSale.org() + path)
                    .exchange().expectStatus().isForbidden();
            String other = createOrganisation("ledger-other");
            member(other, StaffRole.FINANCE).get().uri("/api/v1/orgs/" + onSale.org() + path)
                    .exchange().expectStatus().isNotFound();
            finance.get().uri("/api/v1/orgs/" + onSale.org() + path).exchange().expectStatus().isOk();
        }
        finance.get().uri("/api/v1/orgs/{org}/ledger?account=cash", onSale.org()).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("account");
        finance.get().uri("/api/v1/orgs/{org}/ledger/balances?asOf=today", onSale.org()).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("asOf");
    }

    /** Floor: 10 % tax and a 1.50 fee a ticket; Front: 20 % tax and a 5 % fee. */
    private void taxedTerms() {
        Map<String, Object> floor = new HashMap<>(Map.of("name", "Floor", "price", euros("49.50"),
                "section", "Floor", "maxPerOrder", 8, "taxRate", "10", "feeFixed", euros("1.50")));
        Map<String, Object> front = new HashMap<>(Map.of("name", "Front", "price", euros("89.00"),
                "priceZone", "front", "taxRate", "20", "feePercent", "5"));
        changeTerms(onSale.floor(), floor);
        changeTerms(onSale.front(), front);
    }

    private void changeTerms(String ticketType, Map<String, Object> terms) {
        admin.patch().uri("/api/v1/orgs/{org}/events/{event}/ticket-types/{type}", onSale.org(), onSale.event(),
                        ticketType)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(terms).exchange().expectStatus().isNoContent();
    }

    private String paidOrderOfTwoFloorPlacesAndSeat(String seat) {
        JsonNode hold = onSale.held(onSale.hold(Map.of(
                "items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 2)),
                "seats", List.of(Map.of("seat", seat, "ticketTypeId", onSale.front())))));
        return onSale.ordered(hold, "test", "card-success").get("orderId").asString();
    }

    private String floorTicket(String orderId) {
        JsonNode order = await().atMost(PROJECTED).until(() -> finance.get()
                .uri("/api/v1/orgs/{org}/orders/{order}", onSale.org(), orderId).exchange()
                .returnResult(JsonNode.class).getResponseBody().blockFirst(),
                body -> body != null && body.has("tickets") && body.get("tickets").size() == 3);
        return StreamSupport.stream(order.get("tickets").spliterator(), false)
                .filter(ticket -> ticket.get("ticketTypeId").asString().equals(onSale.floor()))
                .findFirst().orElseThrow().get("ticketId").asString();
    }

    private void refund(String orderId, Map<String, Object> body) {
        finance.post().uri("/api/v1/orgs/{org}/orders/{order}/refunds", onSale.org(), orderId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange().expectStatus().isCreated();
    }

    private void trialBalanceBalances() {
        finance.get().uri("/api/v1/orgs/{org}/ledger/balances", onSale.org()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.balanced").isEqualTo(true);
    }

    private String export(String orderId, String mediaType) {
        return finance.get().uri("/api/v1/orgs/{org}/ledger?orderId={order}", onSale.org(), orderId)
                .accept(MediaType.parseMediaType(mediaType)).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private static Map<String, String> asText(JsonNode row) {
        Map<String, String> text = new HashMap<>();
        row.properties().forEach(field -> text.put(field.getKey(), field.getValue().asString()));
        return text;
    }

    private static Map<String, String> euros(String amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }
}
