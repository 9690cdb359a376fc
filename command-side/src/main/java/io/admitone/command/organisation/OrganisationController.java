package io.admitone.command.organisation;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.ChangeBrandingCommand;
import io.admitone.kernel.organisation.ChangeOrganisationSettingsCommand;
import io.admitone.kernel.organisation.ChangeStorefrontOriginsCommand;
import io.admitone.kernel.organisation.CreateOrganisationCommand;
import io.admitone.kernel.organisation.ReactivateOrganisationCommand;
import io.admitone.kernel.organisation.SuspendOrganisationCommand;
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

@RestController
class OrganisationController {

    record CreateRequest(@NotBlank @Size(max = 200) String name, @NotBlank String slug, @NotBlank String defaultCurrency,
                         @NotBlank String timeZone, @NotBlank String locale) {
    }

    record Settings(@NotBlank String defaultCurrency, @NotBlank String timeZone, @NotBlank String locale) {
    }

    record BrandingRequest(@NotBlank @Size(max = 200) String displayName, String logoUrl, String primaryColour,
                           String accentColour, String customDomain, @Size(max = 200) String emailSenderName,
                           @Size(max = 254) String emailSenderAddress) {
    }

    /** The web origins of the organisation's storefronts, allowed to call the API from browsers. */
    record StorefrontRequest(@NotNull @Size(max = StorefrontOrigins.MAX_ORIGINS) List<@NotBlank String> origins) {
    }

    /** Each section present replaces that part of the organisation; an absent one is left alone. */
    record ChangeRequest(@Valid Settings settings, @Valid BrandingRequest branding, @Valid StorefrontRequest storefront) {
    }

    record SuspendRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record Created(TenantId id) {
    }

    private final CommandSender commands;

    OrganisationController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/orgs")
    Mono<ResponseEntity<Created>> create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CreateRequest request) {
        caller.requirePlatformAdmin();
        TenantId tenant = TenantId.random();
        return commands.send(new CreateOrganisationCommand(tenant, request.name(), request.slug(),
                        request.defaultCurrency(), request.timeZone(), request.locale()))
                .thenReturn(ResponseEntity.created(URI.create("/api/v1/orgs/" + tenant)).body(new Created(tenant)));
    }

    @PatchMapping("/api/v1/orgs/{orgId}")
    Mono<ResponseEntity<Void>> change(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @Valid @RequestBody ChangeRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORGANISATION_MANAGE);
        Mono<Object> settings = request.settings() == null ? Mono.empty() : commands.send(new ChangeOrganisationSettingsCommand(
                tenant, request.settings().defaultCurrency(), request.settings().timeZone(), request.settings().locale()));
        Mono<Object> branding = request.branding() == null ? Mono.empty() : commands.send(new ChangeBrandingCommand(tenant,
                request.branding().displayName(), request.branding().logoUrl(), request.branding().primaryColour(),
                request.branding().accentColour(), request.branding().customDomain(),
                request.branding().emailSenderName(), request.branding().emailSenderAddress()));
        Mono<Object> storefront = request.storefront() == null ? Mono.empty()
                : commands.send(new ChangeStorefrontOriginsCommand(tenant, request.storefront().origins()));
        return settings.then(branding).then(storefront).thenReturn(ResponseEntity.accepted().build());
    }

    @PostMapping("/api/v1/orgs/{orgId}/suspend")
    Mono<ResponseEntity<Void>> suspend(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                       @Valid @RequestBody SuspendRequest request) {
        caller.requirePlatformAdmin();
        return commands.send(new SuspendOrganisationCommand(new TenantId(orgId), request.reason()))
                .thenReturn(ResponseEntity.accepted().build());
    }

    @PostMapping("/api/v1/orgs/{orgId}/reactivate")
    Mono<ResponseEntity<Void>> reactivate(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId) {
        caller.requirePlatformAdmin();
        return commands.send(new ReactivateOrganisationCommand(new TenantId(orgId)))
                .thenReturn(ResponseEntity.accepted().build());
    }
}
