package io.admitone.server.finance.reports;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.plugins.OfflinePayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sales, partial refunds by amount and by tickets, an offline payment and the cancellation of a paid order, over two
 * ticket types with tax and service fees, all through the API; the sales report's figures per grouping, as the books
 * stood before and after the refunds, from the ledger and from the events, as JSON and as CSV.
 */
class SalesReportTest extends ServerIntegrationTest {

    static final List<String> GROUPINGS = List.of("organisation", "event", "performance", "ticket-type", "day");

    /** Built once: the tests only read its reports. */
    private static Books books;

    /**
     * Floor 50.00 (tax 19 %, fee 2.00: parts 40.34 + 7.66 + 2.00) and Front 80.00 (tax 7 %, fee 5 %: 71.03 + 4.97 +
     * 4.00). First: an order of two Floor and one Front paid by card (180.00); an offline order of one Front marked
     * paid (80.00); one Floor by card (50.00). Then: 18.00 back on the first order (Floor 10.00, Front 8.00 by what
     * each has left); one of its Floor tickets refunded (50.00: Floor 27.78, Front 22.22); the third order cancelled.
     */
    record Books(SalesScenario sales, String floor, String front, Instant beforeSales, Instant beforeRefunds,
                 Instant beforeCancellation) {

        static Books build(SalesScenario sales) {
            String floor = sales.addTicketType(SalesScenario.terms("Floor", "50.00", "Floor", null, "19", "2.00",
                    null));
            String front = sales.addTicketType(SalesScenario.terms("Front", "80.00", null, "front", "7", null, "5"));
            sales.publish();
            Instant beforeSales = Instant.now();
            String first = sales.order(sales.hold(floor, 2, front, 1), "test", "card-success").get("orderId")
                    .asString();
            String offline = sales.order(sales.hold(front, 1), "offline", "bank-transfer").get("orderId").asString();
            sales.markPaid(offline);
            String third = sales.order(sales.hold(floor, 1), "test", "card-success").get("orderId").asString();
            String floorTicket = sales.tickets(first, 3).stream()
                    .filter(ticket -> ticket.get("ticketTypeId").asString().equals(floor)).findFirst().orElseThrow()
                    .get("ticketId").asString();
            Instant beforeRefunds = Instant.now();
            sales.refundAmount(first, "18.00");
            sales.refundTickets(first, List.of(floorTicket));
            Instant beforeCancellation = Instant.now();
            sales.cancel(third);
            return new Books(sales, floor, front, beforeSales, beforeRefunds, beforeCancellation);
        }
    }

    private WebTestClient finance;

    @BeforeEach
    void booksKeptThroughTheApi() {
        if (books == null) {
            String org = createOrganisation("reports");
            OfflinePayments.enable(admin, org);
            books = Books.build(SalesScenario.onSale(admin, http, member(org, StaffRole.FINANCE), org));
        }
        finance = member(books.sales().org(), StaffRole.FINANCE);
    }

    @Test
    void theRecountDividesEachTicketTypesMoneyByItsTerms() {
        List<JsonNode> lines = lines(books.sales().report("&groupBy=ticket-type&source=events"));

        assertThat(lines).hasSize(2);
        JsonNode floor = line(lines, "ticketTypeId", books.floor());
        assertThat(floor.get("ticketTypeName").asString()).isEqualTo("Floor");
        assertThat(floor.get("eventTitle").asString()).isEqualTo("Books night");
        assertThat(floor.get("eventId").asString()).isEqualTo(books.sales().event());
        assertThat(figures(floor)).containsExactly("EUR", "150.00", "87.78", "9.53", "2.49", "50.20");
        assertThat(figures(line(lines, "ticketTypeId", books.front())))
                .containsExactly("EUR", "160.00", "30.22", "8.06", "6.49", "115.23");
    }

    @Test
    void asOfShowsTheBooksAsTheyStoodBeforeLaterRefunds() {
        assertThat(lines(books.sales().report("&source=events&asOf=" + books.beforeSales()))).isEmpty();
        assertThat(figures(only(books.sales().report("&source=events&asOf=" + books.beforeRefunds()))))
                .containsExactly("EUR", "310.00", "0.00", "32.92", "14.00", "263.08");
        assertThat(figures(only(books.sales().report("&source=events&asOf=" + books.beforeCancellation()))))
                .containsExactly("EUR", "310.00", "68.00", "25.25", "10.98", "205.77");
        assertThat(figures(only(books.sales().report("&source=events"))))
                .containsExactly("EUR", "310.00", "118.00", "17.59", "8.98", "165.43");
    }

    @ParameterizedTest
    @ValueSource(strings = {"event", "performance", "ticket-type", "day"})
    void everyGroupingAddsUpToTheOrganisationsFiguresAndNamesItsLines(String groupBy) {
        JsonNode report = books.sales().report("&source=events&groupBy=" + groupBy);

        assertThat(report.get("groupBy").asString()).isEqualTo(groupBy);
        assertThat(report.get("source").asString()).isEqualTo("events");
        assertThat(report.get("zone").asString()).isEqualTo("UTC");
        assertThat(sum(lines(report))).containsExactly("310.00", "118.00", "17.59", "8.98", "165.43");
        JsonNode first = lines(report).getFirst();
        switch (groupBy) {
            case "performance" -> {
                assertThat(first.get("performanceId").asString()).isEqualTo(books.sales().performance());
                assertThat(Instant.parse(first.get("performanceStartsAt").asString()))
                        .isEqualTo(books.sales().performanceStartsAt());
            }
            case "day" -> assertThat(first.get("day").asString())
                    .isIn(LocalDate.ofInstant(books.beforeSales(), ZoneOffset.UTC).toString(),
                            LocalDate.now(ZoneOffset.UTC).toString());
            default -> assertThat(first.get("eventTitle").asString()).isEqualTo("Books night");
        }
    }

    @Test
    void aDayIsADateInTheZoneAsked() {
        JsonNode report = books.sales().report("&source=events&groupBy=day&zone=Pacific/Kiritimati");

        assertThat(report.get("zone").asString()).isEqualTo("Pacific/Kiritimati");
        assertThat(lines(report).getFirst().get("day").asString())
                .isIn(LocalDate.ofInstant(books.beforeSales(), ZoneId.of("Pacific/Kiritimati")).toString(),
                        LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString());
    }

    @Test
    void fromAndToCountOnlyTheMoneyThatMovedBetween() {
        assertThat(figures(only(books.sales().report("&source=events&from=" + books.beforeRefunds()
                + "&to=" + books.beforeCancellation()))))
                .containsExactly("EUR", "0.00", "68.00", "-7.67", "-3.02", "-57.31");
    }

    @Test
    void theLedgerAndTheEventsGiveTheSameReportAtEveryInstant() {
        for (Instant asOf : List.of(books.beforeSales(), books.beforeRefunds(), books.beforeCancellation(),
                Instant.now())) {
            for (String groupBy : GROUPINGS) {
                String query = "&groupBy=" + groupBy + "&asOf=" + asOf;
                assertThat(lines(books.sales().report(query + "&source=ledger")))
                        .as("by %s as of %s", groupBy, asOf)
                        .containsExactlyElementsOf(lines(books.sales().report(query + "&source=events")));
            }
        }
    }

    /** What a finance team does at the end of a month: export the ledger for it and hold it to the sales report. */
    @Test
    void theLedgerExportedForARangeAddsUpToTheReportOfThatRange() {
        String range = "from=" + books.beforeSales() + "&to=" + Instant.now().plusSeconds(3600);
        List<String> reported = figures(only(books.sales().report("&" + range)));
        String csv = finance.get().uri("/api/v1/orgs/" + books.sales().org() + "/ledger?" + range)
                .accept(MediaType.parseMediaType("text/csv")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        Map<String, BigDecimal> balances = new HashMap<>();
        for (Map<String, String> row : SalesCsvRows.parse(csv)) {
            boolean sale = row.get("kind").equals("sale") || row.get("kind").equals("offline-payment");
            String key = row.get("account") + (sale ? "/sale" : "/refund");
            balances.merge(key, new BigDecimal(row.get("credit")).subtract(new BigDecimal(row.get("debit"))),
                    BigDecimal::add);
        }
        BigDecimal refunds = balance(balances, "payment-clearing/refund")
                .add(balance(balances, "refunds-payable/refund"));
        BigDecimal tax = balance(balances, "tax-payable/sale").add(balance(balances, "tax-payable/refund"));
        BigDecimal fees = balance(balances, "service-fee-revenue/sale")
                .add(balance(balances, "service-fee-refunds/refund"));
        BigDecimal net = balance(balances, "ticket-revenue/sale")
                .add(balance(balances, "ticket-revenue-refunds/refund"));

        assertThat(reported).containsExactly("EUR", plain(balance(balances, "payment-clearing/sale").negate()),
                plain(refunds), plain(tax), plain(fees), plain(net));
    }

    /** Credits less debits of an account, in sales or in refunds. */
    private static BigDecimal balance(Map<String, BigDecimal> balances, String accountAndSide) {
        return balances.getOrDefault(accountAndSide, BigDecimal.ZERO);
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ledger", "events"})
    void theCsvExportHoldsTheJsonFigures(String source) {
        for (String groupBy : GROUPINGS) {
            String query = "&groupBy=" + groupBy + "&source=" + source;
            List<Map<String, String>> rows = SalesCsvRows.parse(books.sales().csv(query));
            List<JsonNode> lines = lines(books.sales().report(query));

            assertThat(rows).hasSameSizeAs(lines);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i)).as("by %s", groupBy)
                        .isEqualTo(SalesCsvRows.flattened(lines.get(i)));
            }
        }
    }

    @Test
    void onlyOwnersAdminsAndFinanceReadTheReport() {
        String uri = books.sales().reportUri("&source=events");
        for (StaffRole role : List.of(StaffRole.OWNER, StaffRole.ADMIN, StaffRole.FINANCE)) {
            member(books.sales().org(), role).get().uri(uri).exchange().expectStatus().isOk();
        }
        for (StaffRole role : List.of(StaffRole.EVENT_MANAGER, StaffRole.BOX_OFFICE, StaffRole.ANALYST,
                StaffRole.INTEGRATOR)) {
            member(books.sales().org(), role).get().uri(uri).exchange().expectStatus().isForbidden();
        }
        http.get().uri(uri).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aMemberOfAnotherOrganisationFindsNoReport() {
        WebTestClient stranger = member(createOrganisation("reports-stranger"), StaffRole.FINANCE);
        for (String source : List.of("ledger", "events")) {
            stranger.get().uri(books.sales().reportUri("&source=" + source)).exchange()
                    .expectStatus().isNotFound();
            stranger.get().uri(books.sales().reportUri("&source=" + source))
                    .accept(MediaType.parseMediaType("text/csv")).exchange().expectStatus().isNotFound();
        }
    }

    @Test
    void anotherOrganisationsSalesAreNeverCounted() {
        String other = createOrganisation("reports-other");
        WebTestClient otherFinance = member(other, StaffRole.FINANCE);
        for (String source : List.of("ledger", "events")) {
            otherFinance.get().uri("/api/v1/orgs/{org}/reports/sales?source={source}", other, source).exchange()
                    .expectStatus().isOk().expectBody().jsonPath("$.lines.length()").isEqualTo(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"groupBy=week", "source=cache", "asOf=yesterday", "from=2027-02-01T00:00:00Z&to="
            + "2027-01-01T00:00:00Z", "zone=Mars/Olympus", "zone=%2B02:00"})
    void aParameterOfTheWrongFormIsNamed(String query) {
        String parameter = query.startsWith("from") ? "to" : query.substring(0, query.indexOf('='));
        for (MediaType type : List.of(MediaType.APPLICATION_JSON, MediaType.parseMediaType("text/csv"))) {
            finance.get().uri("/api/v1/orgs/" + books.sales().org() + "/reports/sales?" + query).accept(type)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("validation-failed")
                    .jsonPath("$.errors[0].field").isEqualTo(parameter);
        }
    }

    static List<JsonNode> lines(JsonNode report) {
        return report.get("lines").valueStream().toList();
    }

    private static JsonNode only(JsonNode report) {
        assertThat(lines(report)).hasSize(1);
        return lines(report).getFirst();
    }

    private static JsonNode line(List<JsonNode> lines, String field, String value) {
        return lines.stream().filter(line -> line.get(field).asString().equals(value)).findFirst().orElseThrow();
    }

    /** Currency, then gross, refunds, tax, fees and net. */
    static List<String> figures(JsonNode line) {
        return List.of(line.get("currency").asString(), amount(line, "gross"), amount(line, "refunds"),
                amount(line, "tax"), amount(line, "fees"), amount(line, "net"));
    }

    private static List<String> sum(List<JsonNode> lines) {
        return List.of("gross", "refunds", "tax", "fees", "net").stream()
                .map(figure -> lines.stream().map(line -> new BigDecimal(amount(line, figure)))
                        .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString())
                .toList();
    }

    private static String amount(JsonNode line, String figure) {
        return line.get(figure).get("amount").asString();
    }
}
