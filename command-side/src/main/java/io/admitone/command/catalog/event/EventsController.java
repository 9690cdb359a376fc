package io.admitone.command.catalog.event;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.catalog.event.CancelEventCommand;
import io.admitone.kernel.catalog.event.ChangeEventDetailsCommand;
import io.admitone.kernel.catalog.event.CreateEventCommand;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PublishEventCommand;
import io.admitone.kernel.catalog.venue.VenueId;
import io.admitone.kernel.organisation.TenantId;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static io.admitone.command.catalog.event.EventDetails.MAX_DESCRIPTION_LENGTH;
import static io.admitone.command.catalog.event.EventDetails.MAX_IMAGE_URL_LENGTH;
import static io.admitone.command.catalog.event.EventDetails.MAX_TAGS;
import static io.admitone.command.catalog.event.EventDetails.MAX_TITLE_LENGTH;

/** Creating an event, changing its details, publishing and cancelling it; reading is the query side's. */
@RestController
class EventsController {

    record CreateRequest(@NotBlank @Size(max = MAX_TITLE_LENGTH) String title, @NotBlank String category,
                         @NotNull UUID venueId, @Size(max = MAX_DESCRIPTION_LENGTH) String description,
                         @Size(max = MAX_TAGS) List<@NotNull String> tags,
                         @Size(max = MAX_IMAGE_URL_LENGTH) String imageUrl) {
    }

    /** The details as a whole: what is absent is cleared. */
    record DetailsRequest(@NotBlank @Size(max = MAX_TITLE_LENGTH) String title, @NotBlank String category,
                          @Size(max = MAX_DESCRIPTION_LENGTH) String description,
                          @Size(max = MAX_TAGS) List<@NotNull String> tags,
                          @Size(max = MAX_IMAGE_URL_LENGTH) String imageUrl) {
    }

    record CancelRequest(@NotBlank @Size(max = Event.MAX_REASON_LENGTH) String reason) {
    }

    record Created(EventId id) {
    }

    private final CommandSender commands;

    EventsController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/orgs/{orgId}/events")
    Mono<ResponseEntity<Created>> create(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                         @Valid @RequestBody CreateRequest request) {
        TenantId tenant = managedBy(caller, orgId);
        EventId eventId = EventId.random();
        return commands.send(new CreateEventCommand(eventId, tenant, new VenueId(request.venueId()), request.title(),
                        request.description(), request.category(), request.tags(), request.imageUrl()))
                .thenReturn(ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/events/" + eventId))
                        .body(new Created(eventId)));
    }

    @PatchMapping("/api/v1/orgs/{orgId}/events/{eventId}")
    Mono<ResponseEntity<Void>> change(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable UUID eventId, @Valid @RequestBody DetailsRequest request) {
        return commands.send(new ChangeEventDetailsCommand(new EventId(eventId), managedBy(caller, orgId),
                        request.title(), request.description(), request.category(), request.tags(), request.imageUrl()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/orgs/{orgId}/events/{eventId}/publish")
    Mono<ResponseEntity<Void>> publish(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                       @PathVariable UUID eventId) {
        return commands.send(new PublishEventCommand(new EventId(eventId), managedBy(caller, orgId)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/orgs/{orgId}/events/{eventId}/cancel")
    Mono<ResponseEntity<Void>> cancel(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable UUID eventId, @Valid @RequestBody CancelRequest request) {
        return commands.send(new CancelEventCommand(new EventId(eventId), managedBy(caller, orgId), request.reason()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    static TenantId managedBy(Caller caller, UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.CATALOG_MANAGE);
        return tenant;
    }
}
