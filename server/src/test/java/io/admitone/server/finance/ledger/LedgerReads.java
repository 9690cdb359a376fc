package io.admitone.server.finance.ledger;

import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reads an organisation's ledger through the API as finance does, page after page. */
record LedgerReads(WebTestClient finance, String org) {

    /** Every row matching the query (e.g. {@code orderId=...}), once {@code ready} holds for them. */
    List<JsonNode> rows(String query, Predicate<List<JsonNode>> ready) {
        return await().atMost(PROJECTED).until(() -> rows(query), ready);
    }

    List<JsonNode> rows(String query) {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = null;
        do {
            String uri = "/api/v1/orgs/" + org + "/ledger?limit=3&" + query
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = finance.get().uri(uri).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            page.get("items").forEach(rows::add);
            cursor = page.get("nextCursor") == null || page.get("nextCursor").isNull() ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);
        return rows;
    }

    /** Debits less credits per account over the rows. */
    static Map<String, BigDecimal> net(List<JsonNode> rows) {
        return rows.stream().collect(Collectors.groupingBy(row -> row.get("account").asString(),
                Collectors.reducing(BigDecimal.ZERO, LedgerReads::debitLessCredit, BigDecimal::add)));
    }

    /** Every transaction among the rows has as many debits as credits. */
    static void assertEachTransactionBalances(List<JsonNode> rows) {
        Map<String, BigDecimal> byTransaction = rows.stream().collect(Collectors.groupingBy(
                row -> row.get("transactionId").asString(),
                Collectors.reducing(BigDecimal.ZERO, LedgerReads::debitLessCredit, BigDecimal::add)));
        assertThat(byTransaction.values()).allSatisfy(sum -> assertThat(sum).isZero());
    }

    static BigDecimal amount(JsonNode row, String side) {
        return new BigDecimal(row.get(side).asString());
    }

    private static BigDecimal debitLessCredit(JsonNode row) {
        return amount(row, "debit").subtract(amount(row, "credit"));
    }
}
