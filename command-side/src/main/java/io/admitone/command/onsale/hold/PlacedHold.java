package io.admitone.command.onsale.hold;

import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.hold.HoldLine;

import java.time.Instant;
import java.util.List;

/** A hold just placed, with its token, which is never shown again. */
record PlacedHold(HoldId holdId, String holdToken, Instant expiresAt, List<HoldLine> lines, Money total) {
}
