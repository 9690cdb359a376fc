package io.admitone.command.onsale.hold;

import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.Digests;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.hold.PlaceHoldCommand;
import io.admitone.kernel.onsale.hold.RecordHoldCommand;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Places a hold, all or nothing: checks the request against the catalog, takes the places partition by partition,
 * then records the hold. When any step fails, the places taken so far are given back before the rejection is
 * answered. It handles {@link PlaceHoldCommand} outside the command bus on purpose: a bus handler runs in one unit
 * of work and transaction, which would lock every partition of the hold (and the event) together until the end.
 */
@Component
class HoldPlacing {

    private final SaleCheck check;
    private final PartitionCommands partitions;
    private final SecretTokens tokens;
    private final Clock clock;
    private final Duration holdDuration;
    private final RandomGenerator random;

    @Autowired
    HoldPlacing(SaleCheck check, PartitionCommands partitions, SecretTokens tokens, Clock clock,
                @Value("${admitone.onsale.hold-duration:PT10M}") Duration holdDuration) {
        this(check, partitions, tokens, clock, holdDuration, new Random());
    }

    HoldPlacing(SaleCheck check, PartitionCommands partitions, SecretTokens tokens, Clock clock, Duration holdDuration,
                RandomGenerator random) {
        if (holdDuration.isNegative() || holdDuration.isZero()) {
            throw new IllegalArgumentException("admitone.onsale.hold-duration must be positive, not " + holdDuration);
        }
        this.check = check;
        this.partitions = partitions;
        this.tokens = tokens;
        this.clock = clock;
        this.holdDuration = holdDuration;
        this.random = random;
    }

    PlacedHold place(PlaceHoldCommand command, MetaData metaData) {
        Instant now = clock.instant();
        CheckedHold checked = check.check(command, now);
        Instant expiresAt = now.plus(holdDuration);
        PlaceTaking taking = new PlaceTaking(partitions, new PlaceTaking.Hold(command.holdId(), expiresAt, metaData),
                random);
        try {
            taking.take(checked.wanted(), command.performanceId());
            List<HoldLine> lines = taking.lines();
            Money total = lines.stream().map(HoldLine::price).reduce(Money::plus).orElseThrow();
            String token = tokens.newToken();
            partitions.send(new RecordHoldCommand(command.holdId(), command.tenantId(), checked.eventId(),
                    command.performanceId(), lines, total, taking.places(), Digests.sha256Hex(token), expiresAt),
                    metaData);
            return new PlacedHold(command.holdId(), token, expiresAt, lines, total);
        } catch (RuntimeException e) {
            taking.giveBack();
            throw e;
        }
    }
}
