package io.admitone.server.waitingroom;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.catalog.event.PerformanceDirectory;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.UUID;

/**
 * The queue endpoints. Buyers join and follow their place without credentials; staff who manage the catalog
 * switch a room on and off. They need the catalog's lookups, so the {@code query} role serves them.
 */
@RestController
@ConditionalOnRole(Role.QUERY)
class QueueController {

    record SwitchRequest(@NotNull Boolean active, @Positive @Max(100_000) Long admissionsPerSecond) {
    }

    private final WaitingRooms rooms;
    private final PerformanceDirectory performances;

    QueueController(WaitingRooms rooms, PerformanceDirectory performances) {
        this.rooms = rooms;
        this.performances = performances;
    }

    @PostMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/queue")
    Mono<ResponseEntity<QueueEntryView>> join(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                              @PathVariable UUID performanceId) {
        TenantId tenant = new TenantId(orgId);
        return visible(caller, tenant, performanceId)
                .then(rooms.join(tenant, performanceId))
                .map(entry -> ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/performances/"
                        + performanceId + "/queue/" + entry.queueToken())).body(entry));
    }

    @GetMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/queue/{queueToken}")
    Mono<QueueEntryView> entry(@PathVariable UUID orgId, @PathVariable UUID performanceId,
                               @PathVariable String queueToken) {
        return rooms.entry(new TenantId(orgId), performanceId, queueToken)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such queue entry")));
    }

    @PutMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/queue")
    Mono<RoomView> switchRoom(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                              @PathVariable UUID performanceId, @Valid @RequestBody SwitchRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.CATALOG_MANAGE);
        return visible(caller, tenant, performanceId)
                .then(rooms.switchRoom(tenant, performanceId, request.active(), request.admissionsPerSecond()));
    }

    private Mono<Void> visible(Caller caller, TenantId tenant, UUID performanceId) {
        return performances.visible(caller, tenant, performanceId)
                .filter(Boolean::booleanValue)
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No performance " + performanceId)))
                .then();
    }
}
