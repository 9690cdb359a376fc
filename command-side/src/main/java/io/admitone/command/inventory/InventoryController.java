package io.admitone.command.inventory;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.inventory.ChangeSectionCapacityCommand;
import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.UUID;

@RestController
class InventoryController {

    record CapacityRequest(@NotNull Integer capacity) {
    }

    private final CommandSender commands;

    InventoryController(CommandSender commands) {
        this.commands = commands;
    }

    /** A standing section's capacity for one performance, never below what is held or sold. */
    @PutMapping("/api/v1/orgs/{orgId}/performances/{performanceId}/sections/{section}/capacity")
    Mono<ResponseEntity<Void>> changeCapacity(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                              @PathVariable UUID performanceId, @PathVariable String section,
                                              @Valid @RequestBody CapacityRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.CATALOG_MANAGE);
        return commands.send(new ChangeSectionCapacityCommand(new PerformanceId(performanceId), tenant, section,
                        request.capacity()))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
