package io.admitone.command.onsale.checkin;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.onsale.order.CheckInResult;
import io.admitone.kernel.onsale.order.CheckInTicketCommand;
import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.UUID;

/**
 * Staff at the door scan a ticket, by its code or its signed QR payload. Every scan is answered 200 with the
 * outcome; a code or payload that names no ticket of this organisation is {@code INVALID}, like a ticket that is
 * not valid, so that scanning tells nothing about other organisations' tickets.
 */
@RestController
class CheckInsController {

    record CheckInRequest(@Size(max = 100) String code, @Size(max = 4000) String qr) {

        @AssertTrue(message = "send exactly one of code and qr")
        boolean isExactlyOne() {
            return (code == null) != (qr == null);
        }
    }

    private final CommandSender commands;
    private final TicketCodes codes;
    private final TicketPassVerifier passes;

    CheckInsController(CommandSender commands, TicketCodes codes, TicketPassVerifier passes) {
        this.commands = commands;
        this.codes = codes;
        this.passes = passes;
    }

    @PostMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/check-ins")
    Mono<CheckInResult> checkIn(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                              @PathVariable UUID performanceId, @Valid @RequestBody CheckInRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.CHECK_IN);
        return scanned(tenant, request)
                .flatMap(ticket -> commands.<CheckInResult>send(new CheckInTicketCommand(ticket.orderId(), tenant,
                        new PerformanceId(performanceId), ticket.ticketId(), caller.subject())))
                .defaultIfEmpty(CheckInResult.invalid());
    }

    private Mono<ScannedTicket> scanned(TenantId tenant, CheckInRequest request) {
        if (request.qr() != null) {
            return Mono.justOrEmpty(passes.verify(request.qr())
                    .filter(pass -> pass.tenantId().equals(tenant))
                    .map(pass -> new ScannedTicket(pass.orderId(), pass.ticketId())));
        }
        return Mono.fromCallable(() -> codes.find(tenant, request.code()).orElse(null))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
