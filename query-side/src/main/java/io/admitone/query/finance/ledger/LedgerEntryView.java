package io.admitone.query.finance.ledger;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.admitone.kernel.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of the ledger: its transaction (the event that moved the money, at its stream position) and place there,
 * when the money moved and what moved it, the account debited or credited, in the currency's digits, the provider
 * the money went through, and the order, event, performance and ticket type it counts for.
 */
public record LedgerEntryView(UUID entryId, UUID transactionId, long position, int line, Instant effectiveAt,
                              String kind, String account,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal debit,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal credit,
                              String currency, String provider, UUID orderId, UUID eventId, UUID performanceId,
                              UUID ticketTypeId) {

    static LedgerEntryView of(UUID entryId, UUID transactionId, Long position, Integer line, Instant effectiveAt,
                              String kind, String account, BigDecimal debit, BigDecimal credit, String currency,
                              String provider, UUID orderId, UUID eventId, UUID performanceId, UUID ticketTypeId) {
        return new LedgerEntryView(entryId, transactionId, position, line, effectiveAt, kind, account,
                new Money(debit, currency).amount(), new Money(credit, currency).amount(), currency, provider,
                orderId, eventId, performanceId, ticketTypeId);
    }
}
