package io.admitone.command.catalog.event;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.catalog.event.AddTicketTypeCommand;
import io.admitone.kernel.catalog.event.ChangeTicketTypeCommand;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.catalog.event.TicketTypeTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import static io.admitone.command.catalog.event.EventsController.managedBy;

/** Adding ticket types to an event and replacing their terms. */
@RestController
class TicketTypesController {

    /** A ticket type's terms as a whole; what is absent takes its default, so a change replaces every term. */
    record TermsRequest(@NotBlank @Size(max = TicketTypeRules.MAX_NAME_LENGTH) String name,
                        @NotNull @Valid MoneyBody price, String section, String priceZone, Integer minPerOrder,
                        Integer maxPerOrder, Instant salesFrom, Instant salesUntil, Boolean visible,
                        BigDecimal taxRate, Boolean taxIncluded, @Valid MoneyBody feeFixed, BigDecimal feePercent) {

        static final int DEFAULT_MIN_PER_ORDER = 1;
        static final int DEFAULT_MAX_PER_ORDER = 10;

        TicketTypeTerms toTerms() {
            return new TicketTypeTerms(name, price.toMoney(), section, priceZone,
                    Objects.requireNonNullElse(minPerOrder, DEFAULT_MIN_PER_ORDER),
                    Objects.requireNonNullElse(maxPerOrder, DEFAULT_MAX_PER_ORDER), salesFrom, salesUntil,
                    Objects.requireNonNullElse(visible, true), Objects.requireNonNullElse(taxRate, BigDecimal.ZERO),
                    Objects.requireNonNullElse(taxIncluded, true), MoneyBody.toMoney(feeFixed), feePercent);
        }
    }

    record Created(TicketTypeId id) {
    }

    private final CommandSender commands;

    TicketTypesController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/orgs/{orgId}/events/{eventId}/ticket-types")
    Mono<ResponseEntity<Created>> add(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable UUID eventId, @Valid @RequestBody TermsRequest request) {
        TicketTypeId ticketTypeId = TicketTypeId.random();
        return commands.send(new AddTicketTypeCommand(new EventId(eventId), managedBy(caller, orgId), ticketTypeId,
                        request.toTerms()))
                .thenReturn(ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/events/" + eventId
                        + "/ticket-types/" + ticketTypeId)).body(new Created(ticketTypeId)));
    }

    @PatchMapping("/api/v1/orgs/{orgId}/events/{eventId}/ticket-types/{ticketTypeId}")
    Mono<ResponseEntity<Void>> change(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable UUID eventId, @PathVariable UUID ticketTypeId,
                                      @Valid @RequestBody TermsRequest request) {
        return commands.send(new ChangeTicketTypeCommand(new EventId(eventId), managedBy(caller, orgId),
                        new TicketTypeId(ticketTypeId), request.toTerms()))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
