package io.admitone.command.dashboard;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.dashboard.DashboardWidget;
import io.admitone.kernel.dashboard.SaveDashboardLayoutCommand;
import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

import static io.admitone.kernel.dashboard.DashboardLayoutRules.COLUMNS;
import static io.admitone.kernel.dashboard.DashboardLayoutRules.MAX_HEIGHT;
import static io.admitone.kernel.dashboard.DashboardLayoutRules.MAX_WIDGETS;
import static io.admitone.kernel.dashboard.DashboardLayoutRules.ROWS;
import static io.admitone.kernel.dashboard.DashboardLayoutRules.TYPE_PATTERN;

/**
 * A staff member saves their own dashboard layout in an organisation they belong to; an API key has no dashboard.
 * The request is checked field by field against the layout's limits (400), the same the aggregate holds to.
 */
@RestController
class DashboardLayoutController {

    record LayoutRequest(@NotNull @Size(max = MAX_WIDGETS) List<@NotNull @Valid WidgetRequest> widgets) {
    }

    record WidgetRequest(@NotNull @Pattern(regexp = TYPE_PATTERN) String type,
                         @NotNull @Min(1) @Max(COLUMNS) Integer column,
                         @NotNull @Min(1) @Max(ROWS) Integer row,
                         @NotNull @Min(1) @Max(COLUMNS) Integer width,
                         @NotNull @Min(1) @Max(MAX_HEIGHT) Integer height) {

        DashboardWidget widget() {
            return new DashboardWidget(type, column, row, width, height);
        }
    }

    private final CommandSender commands;

    DashboardLayoutController(CommandSender commands) {
        this.commands = commands;
    }

    @PutMapping("/api/v1/orgs/{orgId}/dashboard-layout")
    Mono<ResponseEntity<Void>> save(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                    @Valid @RequestBody LayoutRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORGANISATION_READ);
        List<DashboardWidget> widgets = request.widgets().stream().map(WidgetRequest::widget).toList();
        return commands.send(new SaveDashboardLayoutCommand(tenant, caller.requireUser(), widgets))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
