package io.admitone.query.finance.reports;

import io.admitone.kernel.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SalesCsvTest {

    @Test
    void aTicketTypeReportHasItsColumnsNamedLikeTheJsonAndPlainAmounts() {
        UUID event = UUID.fromString("0f6c2a8e-0000-4000-8000-000000000001");
        UUID floor = UUID.fromString("7a1d0000-0000-4000-8000-000000000002");
        SalesLine line = new SalesLine(null, event, "Gala, \"late\"", null, null, floor, "Floor", "EUR", eur("150.00"),
                eur("87.78"), eur("9.53"), eur("2.49"), eur("50.20"));
        SalesReport report = new SalesReport("ticket-type", "ledger", Instant.parse("2027-02-01T00:00:00Z"), null,
                null, "UTC", List.of(line));

        assertThat(SalesCsv.write(report, SalesGrouping.TICKET_TYPE)).isEqualTo(
                "eventId,eventTitle,ticketTypeId,ticketTypeName,currency,gross,refunds,tax,fees,net\r\n"
                        + "0f6c2a8e-0000-4000-8000-000000000001,\"Gala, \"\"late\"\"\","
                        + "7a1d0000-0000-4000-8000-000000000002,Floor,EUR,150.00,87.78,9.53,2.49,50.20\r\n");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
