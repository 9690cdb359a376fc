package io.admitone.command.onsale.hold;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.Digests;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.hold.HoldItem;
import io.admitone.kernel.onsale.hold.HoldLine;
import io.admitone.kernel.onsale.hold.PlaceHoldCommand;
import io.admitone.kernel.onsale.hold.ReleaseHoldCommand;
import io.admitone.kernel.onsale.hold.SeatChoice;
import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Buyers hold places of a performance, and release a hold early with its token (or staff do). */
@RestController
class HoldsController {

    static final String HOLD_TOKEN = "X-Hold-Token";
    static final String ADMISSION_TOKEN = "X-Admission-Token";
    private static final int MAX_ENTRIES = 100;

    record ItemRequest(@NotNull UUID ticketTypeId, @NotNull @Min(1) @Max(MAX_ENTRIES) Integer quantity) {
    }

    record SeatRequest(@NotBlank @Size(max = 50) String seat, @NotNull UUID ticketTypeId) {
    }

    record HoldRequest(@Size(max = MAX_ENTRIES) List<@Valid @NotNull ItemRequest> items,
                       @Size(max = MAX_ENTRIES) List<@Valid @NotNull SeatRequest> seats) {
    }

    record LineView(TicketTypeId ticketTypeId, String seat, Money price) {
    }

    record HoldView(HoldId holdId, String holdToken, Instant expiresAt, List<LineView> lines, Money total) {
    }

    private final CommandSender commands;
    private final AdmissionGate gate;
    private final HoldPlacing placing;
    private final HoldReleasing releasing;

    HoldsController(CommandSender commands, AdmissionGate gate, HoldPlacing placing, HoldReleasing releasing) {
        this.commands = commands;
        this.gate = gate;
        this.placing = placing;
        this.releasing = releasing;
    }

    /** While the performance's waiting room is on, only with an admission token from it. */
    @PostMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/holds")
    Mono<ResponseEntity<HoldView>> place(@PathVariable UUID orgId, @PathVariable UUID performanceId,
                                         @RequestHeader(name = ADMISSION_TOKEN, required = false) String admission,
                                         @Valid @RequestBody HoldRequest request) {
        PlaceHoldCommand command = new PlaceHoldCommand(HoldId.random(), new TenantId(orgId),
                new PerformanceId(performanceId), request.items() == null ? List.of() : request.items().stream()
                .map(item -> new HoldItem(new TicketTypeId(item.ticketTypeId()), item.quantity())).toList(),
                request.seats() == null ? List.of() : request.seats().stream()
                        .map(seat -> new SeatChoice(seat.seat(), new TicketTypeId(seat.ticketTypeId()))).toList());
        return gate.admit(command.tenantId(), command.performanceId(), admission)
                .then(commands.coordinate(metaData -> placing.place(command, metaData)))
                .map(placed -> ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/holds/" + placed.holdId()))
                        .body(view(placed)));
    }

    /** With the hold's token, or as staff allowed to manage orders; releasing an ended hold changes nothing. */
    @DeleteMapping("/api/v1/orgs/{orgId}/holds/{holdId}")
    Mono<ResponseEntity<Void>> release(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                       @PathVariable UUID holdId,
                                       @RequestHeader(name = HOLD_TOKEN, required = false) String token) {
        TenantId tenant = new TenantId(orgId);
        if (token == null) {
            if (caller == null) {
                return Mono.error(new Rejections.HoldNotFound(new HoldId(holdId)));
            }
            caller.require(tenant, Operation.ORDERS_MANAGE);
        }
        ReleaseHoldCommand command = new ReleaseHoldCommand(new HoldId(holdId), tenant,
                token == null ? null : Digests.sha256Hex(token), token == null);
        return commands.coordinate(metaData -> {
            releasing.release(command, metaData);
            return ResponseEntity.noContent().<Void>build();
        });
    }

    private static HoldView view(PlacedHold placed) {
        return new HoldView(placed.holdId(), placed.holdToken(), placed.expiresAt(), placed.lines().stream()
                .map(HoldsController::line).toList(), placed.total());
    }

    private static LineView line(HoldLine line) {
        return new LineView(line.ticketTypeId(), line.seat(), line.price());
    }
}
