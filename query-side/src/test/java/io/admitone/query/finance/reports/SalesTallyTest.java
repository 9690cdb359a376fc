package io.admitone.query.finance.reports;

import io.admitone.kernel.finance.PriceParts;
import io.admitone.kernel.money.Money;
import io.admitone.query.paging.InvalidParameter;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Movements of money added up into lines by the query's instants and grouping, and the query read from parameters. */
class SalesTallyTest {

    private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");
    private static final UUID EVENT = UUID.randomUUID();
    private static final UUID PERFORMANCE = UUID.randomUUID();
    private static final UUID FLOOR = UUID.randomUUID();

    @Test
    void asOfLeavesOutWhatMovedLaterAndRefundsTakeBackTheirParts() {
        SalesTally tally = tally(new SalesReportParameters(null, "2027-02-01T00:00:00Z", null, null, null, null));
        tally.accept(sale("2027-01-31T23:30:00Z", "40.34", "7.66", "2.00"));
        tally.accept(refund("2027-02-01T00:00:00Z", "8.07", "1.53", "0.40"));
        tally.accept(refund("2027-02-01T00:00:01Z", "40.00", "0.00", "0.00"));

        SalesFigures figures = tally.lines().get(new SalesGroup(null, null, null, null, "EUR"));
        assertThat(figures).isEqualTo(new SalesFigures(eur("50.00"), eur("10.00"), eur("6.13"), eur("1.60")));
        assertThat(figures.net()).isEqualTo(eur("32.27"));
    }

    @Test
    void daysAreDatesInTheZoneAndFromIsInToIsOut() {
        SalesTally tally = tally(new SalesReportParameters("day", null, "2027-01-31T23:00:00Z",
                "2027-02-02T00:00:00Z", "Europe/Berlin", null));
        tally.accept(sale("2027-01-31T22:59:59Z", "1.00", "0.00", "0.00"));
        tally.accept(sale("2027-01-31T23:30:00Z", "2.00", "0.00", "0.00"));
        tally.accept(sale("2027-02-02T00:00:00Z", "4.00", "0.00", "0.00"));

        assertThat(tally.lines()).isEqualTo(Map.of(new SalesGroup(LocalDate.parse("2027-02-01"), null, null, null,
                "EUR"), new SalesFigures(eur("2.00"), eur("0.00"), eur("0.00"), eur("0.00"))));
    }

    @Test
    void aPerformanceLineNamesItsEventToo() {
        SalesTally tally = tally(new SalesReportParameters("performance", null, null, null, null, "events"));
        tally.accept(sale("2027-01-01T00:00:00Z", "1.00", "0.00", "0.00"));

        assertThat(tally.lines()).containsOnlyKeys(new SalesGroup(null, EVENT, PERFORMANCE, null, "EUR"));
    }

    @Test
    void parametersOfTheWrongFormNameThemselves() {
        assertThatThrownBy(() -> new SalesReportParameters("week", null, null, null, null, null).query(NOW))
                .isInstanceOf(InvalidParameter.class).extracting("parameter").isEqualTo("groupBy");
        assertThatThrownBy(() -> new SalesReportParameters(null, null, null, null, "+02:00", null).query(NOW))
                .isInstanceOf(InvalidParameter.class).extracting("parameter").isEqualTo("zone");
        assertThatThrownBy(() -> new SalesReportParameters(null, null, "2027-01-02T00:00:00Z", "2027-01-01T00:00:00Z",
                null, null).query(NOW)).isInstanceOf(InvalidParameter.class).extracting("parameter").isEqualTo("to");
        assertThat(new SalesReportParameters(null, null, null, null, null, null).query(NOW))
                .extracting(SalesReportQuery::grouping, SalesReportQuery::source, SalesReportQuery::asOf)
                .containsExactly(SalesGrouping.ORGANISATION, SalesSource.LEDGER, NOW);
    }

    private static SalesTally tally(SalesReportParameters parameters) {
        return new SalesTally(parameters.query(NOW));
    }

    private static SalesMovement sale(String at, String net, String tax, String fee) {
        return new SalesMovement(Instant.parse(at), EVENT, PERFORMANCE, FLOOR, false, parts(net, tax, fee));
    }

    private static SalesMovement refund(String at, String net, String tax, String fee) {
        return new SalesMovement(Instant.parse(at), EVENT, PERFORMANCE, FLOOR, true, parts(net, tax, fee));
    }

    private static PriceParts parts(String net, String tax, String fee) {
        return new PriceParts(eur(net), eur(tax), eur(fee));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
