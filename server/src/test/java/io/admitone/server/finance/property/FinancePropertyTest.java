package io.admitone.server.finance.property;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.finance.reports.SalesScenario;
import io.admitone.server.plugins.OfflinePayments;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static io.admitone.schema.jooq.Tables.LEDGER_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the books over a seeded random run of the box office through the API. The seed is printed; set the
 * system property {@code admitone.finance.seed} to run the same choices again. At random instants of the run (and
 * now): the recount from the events holds the money the API moved, the ledger balances, the ledger's report equals
 * the recount, and the organisation's audit chain verifies.
 */
class FinancePropertyTest extends ServerIntegrationTest {

    private static final int STEPS = 24;
    private static final int INSTANTS = 6;
    private static final List<String> GROUPINGS = List.of("organisation", "event", "performance", "ticket-type",
            "day");

    private static SalesScenario sales;
    private static List<RandomBooks.Checkpoint> instants;

    @Autowired
    private DSLContext db;

    @BeforeEach
    void aRandomRunOfTheBoxOffice() {
        if (sales == null) {
            long seed = Long.getLong("admitone.finance.seed", System.nanoTime());
            System.out.println("Finance property seed: " + seed + " (run again with -Dadmitone.finance.seed=" + seed
                    + ")");
            String org = createOrganisation("finance-property");
            OfflinePayments.enable(admin, org);
            sales = SalesScenario.onSale(admin, http, member(org, StaffRole.FINANCE), org);
            long started = System.nanoTime();
            List<RandomBooks.Checkpoint> run = new RandomBooks(sales, seed).run(STEPS);
            System.out.printf("Finance property run: %d steps in %d ms%n", STEPS,
                    (System.nanoTime() - started) / 1_000_000);
            instants = pickInstants(run, new Random(seed));
        }
    }

    @Test
    void theRecountHoldsTheMoneyTheApiMoved() {
        for (RandomBooks.Checkpoint instant : instants) {
            JsonNode report = sales.report("&source=events&asOf=" + instant.at());
            assertThat(total(report, "gross")).as("gross as of %s", instant.at()).isEqualByComparingTo(instant.gross());
            assertThat(total(report, "refunds")).as("refunds as of %s", instant.at())
                    .isEqualByComparingTo(instant.refunds());
            assertThat(total(report, "net")).isEqualByComparingTo(total(report, "gross")
                    .subtract(total(report, "refunds")).subtract(total(report, "tax"))
                    .subtract(total(report, "fees")));
        }
    }

    @Test
    void theLedgerBalancesOverallAndInEveryTransaction() {
        sales.report("");
        UUID tenant = UUID.fromString(sales.org());
        for (RandomBooks.Checkpoint instant : instants) {
            var sums = db.select(DSL.coalesce(DSL.sum(LEDGER_ENTRY.DEBIT), BigDecimal.ZERO),
                            DSL.coalesce(DSL.sum(LEDGER_ENTRY.CREDIT), BigDecimal.ZERO)).from(LEDGER_ENTRY)
                    .where(LEDGER_ENTRY.TENANT_ID.eq(tenant).and(LEDGER_ENTRY.EFFECTIVE_AT.le(instant.at())))
                    .fetchOne();
            assertThat(sums.value1()).as("debits as of %s", instant.at()).isEqualByComparingTo(sums.value2());
        }
        assertThat(db.fetchCount(LEDGER_ENTRY, LEDGER_ENTRY.TENANT_ID.eq(tenant))).isPositive();
        assertThat(db.select(LEDGER_ENTRY.TRANSACTION_ID).from(LEDGER_ENTRY)
                .where(LEDGER_ENTRY.TENANT_ID.eq(tenant))
                .groupBy(LEDGER_ENTRY.TRANSACTION_ID)
                .having(DSL.sum(LEDGER_ENTRY.DEBIT).ne(DSL.sum(LEDGER_ENTRY.CREDIT)))
                .fetch()).as("transactions that do not balance").isEmpty();
    }

    @Test
    void theLedgersReportEqualsTheRecountAtEveryInstant() {
        for (RandomBooks.Checkpoint instant : instants) {
            for (String groupBy : GROUPINGS) {
                String query = "&groupBy=" + groupBy + "&asOf=" + instant.at();
                assertThat(sales.report(query + "&source=ledger").get("lines"))
                        .as("by %s as of %s", groupBy, instant.at())
                        .isEqualTo(sales.report(query + "&source=events").get("lines"));
            }
        }
    }

    @Test
    void theOrganisationsAuditChainVerifies() {
        sales.finance().get().uri("/api/v1/orgs/{org}/audit/verify?minPosition={position}", sales.org(),
                        sales.position().get())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.verified").isEqualTo(true);
    }

    /** A few checkpoints drawn at random, the first (before any sale) and the last among them. */
    private static List<RandomBooks.Checkpoint> pickInstants(List<RandomBooks.Checkpoint> run, Random random) {
        List<RandomBooks.Checkpoint> picked = new ArrayList<>(List.of(run.getFirst(), run.getLast()));
        for (int i = 0; i < INSTANTS - 2; i++) {
            picked.add(run.get(random.nextInt(run.size())));
        }
        picked.add(new RandomBooks.Checkpoint(Instant.now(), run.getLast().gross(), run.getLast().refunds()));
        return picked;
    }

    private static BigDecimal total(JsonNode report, String figure) {
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode line : report.get("lines")) {
            sum = sum.add(new BigDecimal(line.get(figure).get("amount").asString()));
        }
        return sum;
    }
}
