package io.admitone.command.catalog.event;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.catalog.event.CancelPerformanceCommand;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.PerformanceTimes;
import io.admitone.kernel.catalog.event.PostponePerformanceCommand;
import io.admitone.kernel.catalog.event.ReschedulePerformanceCommand;
import io.admitone.kernel.catalog.event.SchedulePerformanceCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import static io.admitone.command.catalog.event.EventsController.managedBy;

/** Scheduling an event's performances, rescheduling, postponing and cancelling them. */
@RestController
class PerformancesController {

    record TimesRequest(@NotNull Instant startsAt, @NotNull Instant endsAt, Instant doorsAt, @NotNull Instant onSaleFrom,
                        @NotNull Instant onSaleUntil) {

        PerformanceTimes toTimes() {
            return new PerformanceTimes(startsAt, endsAt, doorsAt, onSaleFrom, onSaleUntil);
        }
    }

    record Created(PerformanceId id) {
    }

    private final CommandSender commands;

    PerformancesController(CommandSender commands) {
        this.commands = commands;
    }

    /** The performance is read at {@code /api/v1/orgs/{orgId}/performances/{performanceId}}, where buyers find it. */
    @PostMapping("/api/v1/orgs/{orgId}/events/{eventId}/performances")
    Mono<ResponseEntity<Created>> schedule(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                           @PathVariable UUID eventId, @Valid @RequestBody TimesRequest request) {
        PerformanceId performanceId = PerformanceId.random();
        return commands.send(new SchedulePerformanceCommand(new EventId(eventId), managedBy(caller, orgId),
                        performanceId, request.toTimes()))
                .thenReturn(ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/performances/" + performanceId))
                        .body(new Created(performanceId)));
    }

    /** New times: the performance is rescheduled, and a postponed one is scheduled again. */
    @PatchMapping("/api/v1/orgs/{orgId}/events/{eventId}/performances/{performanceId}")
    Mono<ResponseEntity<Void>> reschedule(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                          @PathVariable UUID eventId, @PathVariable UUID performanceId,
                                          @Valid @RequestBody TimesRequest request) {
        return commands.send(new ReschedulePerformanceCommand(new EventId(eventId), managedBy(caller, orgId),
                        new PerformanceId(performanceId), request.toTimes()))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/orgs/{orgId}/events/{eventId}/performances/{performanceId}/postpone")
    Mono<ResponseEntity<Void>> postpone(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                        @PathVariable UUID eventId, @PathVariable UUID performanceId) {
        return commands.send(new PostponePerformanceCommand(new EventId(eventId), managedBy(caller, orgId),
                        new PerformanceId(performanceId)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/orgs/{orgId}/events/{eventId}/performances/{performanceId}/cancel")
    Mono<ResponseEntity<Void>> cancel(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable UUID eventId, @PathVariable UUID performanceId,
                                      @Valid @RequestBody EventsController.CancelRequest request) {
        return commands.send(new CancelPerformanceCommand(new EventId(eventId), managedBy(caller, orgId),
                        new PerformanceId(performanceId), request.reason()))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
