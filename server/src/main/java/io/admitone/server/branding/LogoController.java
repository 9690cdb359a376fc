package io.admitone.server.branding;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.ChangeLogoCommand;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import io.admitone.server.storage.FileStorage;
import io.admitone.server.web.RequestBodies;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.UUID;

/**
 * Owners and admins upload their organisation's logo as the body of a {@code PUT}, or remove it. The image is kept
 * in the file storage before the branding points at it, so the logo URL never names a missing file.
 */
@RestController
@ConditionalOnRole(Role.COMMAND)
class LogoController {

    record Uploaded(String logoUrl) {
    }

    private final FileStorage storage;
    private final CommandSender commands;
    private final BrandingProperties properties;

    LogoController(FileStorage storage, CommandSender commands, BrandingProperties properties) {
        this.storage = storage;
        this.commands = commands;
        this.properties = properties;
    }

    @PutMapping("/api/v1/orgs/{orgId}/branding/logo")
    Mono<ResponseEntity<Uploaded>> upload(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                          @RequestHeader("Content-Type") MediaType contentType,
                                          ServerHttpRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORGANISATION_MANAGE);
        String serverUrl = publicUrl(request);
        return body(request)
                .map(content -> LogoImage.checked(contentType.getType() + "/" + contentType.getSubtype(), content))
                .flatMap(logo -> {
                    String url = serverUrl + LogoFiles.path(tenant, logo.fileName());
                    return Mono.fromRunnable(() -> storage.put(LogoFiles.key(tenant, logo.fileName()),
                                    logo.contentType(), logo.content()))
                            .subscribeOn(Schedulers.boundedElastic())
                            .then(commands.send(new ChangeLogoCommand(tenant, url)))
                            .thenReturn(ResponseEntity.accepted().body(new Uploaded(url)));
                });
    }

    @DeleteMapping("/api/v1/orgs/{orgId}/branding/logo")
    Mono<ResponseEntity<Void>> remove(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.ORGANISATION_MANAGE);
        return commands.send(new ChangeLogoCommand(tenant, null)).thenReturn(ResponseEntity.accepted().build());
    }

    /** The whole body, refused with 413 as soon as it is known to be longer than a logo may be. */
    private Mono<byte[]> body(ServerHttpRequest request) {
        int maxBytes = (int) properties.maxLogoSize().toBytes();
        return RequestBodies.read(request, maxBytes, "A logo may be at most " + maxBytes + " bytes");
    }

    private String publicUrl(ServerHttpRequest request) {
        String configured = properties.publicUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return UriComponentsBuilder.fromUri(request.getURI()).replacePath(null).replaceQuery(null).build().toUriString();
    }
}
