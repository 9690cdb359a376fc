package io.admitone.command.catalog.venue;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.catalog.venue.ChangeVenueDetailsCommand;
import io.admitone.kernel.catalog.venue.CreateVenueCommand;
import io.admitone.kernel.catalog.venue.RowLayout;
import io.admitone.kernel.catalog.venue.SeatFlag;
import io.admitone.kernel.catalog.venue.SectionKind;
import io.admitone.kernel.catalog.venue.SectionLayout;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.catalog.venue.VenueLayout;
import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Creating venues and changing their details; reading them is the query side's. The requests check only their
 * shape (400); the seat-map and details rules are the aggregate's (422).
 */
@RestController
class VenuesController {

    record CreateRequest(@NotBlank String name, @NotBlank String timeZone, String city, String address,
                         @NotEmpty List<@NotNull @Valid SectionRequest> sections) {

        List<SectionLayout> layout() {
            return sections.stream().map(SectionRequest::layout).toList();
        }
    }

    /** A seated section has rows and a default price zone; a standing section has a capacity. */
    record SectionRequest(@NotBlank String name, @NotNull SectionKind kind, String priceZone,
                          List<@NotNull @Valid RowRequest> rows, Integer capacity) {

        SectionLayout layout() {
            return new SectionLayout(name, kind, priceZone,
                    rows == null ? List.of() : rows.stream().map(RowRequest::layout).toList(), capacity);
        }
    }

    /** Either {@code seats} (numbered from 1) or {@code seatLabels}; {@code seatFlags} maps seat labels to flags. */
    record RowRequest(@NotBlank String label, Integer seats, List<@NotNull String> seatLabels, String priceZone,
                      Map<String, @NotNull Set<@NotNull SeatFlag>> seatFlags) {

        RowLayout layout() {
            return new RowLayout(label, seats, seatLabels, priceZone, seatFlags);
        }
    }

    /** The details as a whole: an absent city or address is removed. */
    record DetailsRequest(@NotBlank String name, @NotBlank String timeZone, String city, String address) {
    }

    record Created(VenueId id, int seatCount, int capacity) {
    }

    private final CommandSender commands;

    VenuesController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/orgs/{orgId}/venues")
    Mono<ResponseEntity<Created>> create(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                         @Valid @RequestBody CreateRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.CATALOG_MANAGE);
        VenueId venueId = VenueId.random();
        CreateVenueCommand command = new CreateVenueCommand(venueId, tenant, request.name(), request.timeZone(),
                request.city(), request.address(), request.layout());
        VenueLayout layout = new VenueLayout(venueId, tenant, request.timeZone(), command.sections());
        return commands.send(command)
                .then(Mono.fromCallable(() -> ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/venues/" + venueId))
                        .body(new Created(venueId, layout.seatCount(), layout.capacity()))));
    }

    @PatchMapping("/api/v1/orgs/{orgId}/venues/{venueId}")
    Mono<ResponseEntity<Void>> changeDetails(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                             @PathVariable UUID venueId, @Valid @RequestBody DetailsRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.CATALOG_MANAGE);
        VenueId venue = new VenueId(venueId);
        return commands.send(new ChangeVenueDetailsCommand(venue, tenant, request.name(), request.timeZone(),
                        request.city(), request.address()))
                .onErrorMap(AggregateNotFoundException.class, missing -> new VenueNotFound(venue))
                .thenReturn(ResponseEntity.accepted().build());
    }
}
