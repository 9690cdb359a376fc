package io.admitone.kernel.onsale.hold;

import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;

import java.util.List;

/** What a converted hold hands to its order: its lines, total and the places each partition holds. */
public record ConvertedHold(HoldId holdId, EventId eventId, PerformanceId performanceId, List<HoldLine> lines,
                            Money total, List<HeldPlaces> places) {
}
