package io.admitone.query.finance.reports;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The key of a report's line: the grouping's dimension (the others null) and the currency. A ticket type's line
 * names its event too, and a performance's line its event.
 */
public record SalesGroup(LocalDate day, UUID eventId, UUID performanceId, UUID ticketTypeId, String currency) {
}
