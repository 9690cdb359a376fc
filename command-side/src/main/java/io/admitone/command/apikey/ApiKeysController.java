package io.admitone.command.apikey;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.apikey.ApiKeyFormat;
import io.admitone.kernel.apikey.ApiKeyId;
import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.kernel.apikey.IssueApiKeyCommand;
import io.admitone.kernel.apikey.IssuedApiKey;
import io.admitone.kernel.apikey.RevokeApiKeyCommand;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

/** Creating and revoking an organisation's API keys; listing them is the query side's. */
@RestController
class ApiKeysController {

    record CreateRequest(@NotBlank @Size(max = ApiKey.MAX_NAME_LENGTH) String name, @NotNull ApiKeyKind kind,
                         Set<@NotNull StaffRole> roles) {
    }

    /** {@code key} is shown this once for a secret key; {@code prefix} is how lists name the key later. */
    record Created(ApiKeyId id, ApiKeyKind kind, String prefix, String key) {
    }

    private final CommandSender commands;

    ApiKeysController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/orgs/{orgId}/api-keys")
    Mono<ResponseEntity<Created>> create(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                         @Valid @RequestBody CreateRequest request) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.API_KEYS_MANAGE);
        return commands.<IssuedApiKey>send(new IssueApiKeyCommand(ApiKeyId.random(), tenant, request.name(),
                        request.kind(), request.roles()))
                .map(issued -> ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/api-keys/" + issued.keyId()))
                        .body(new Created(issued.keyId(), request.kind(),
                                ApiKeyFormat.parse(issued.key()).orElseThrow().prefix(), issued.key())));
    }

    @DeleteMapping("/api/v1/orgs/{orgId}/api-keys/{keyId}")
    Mono<ResponseEntity<Void>> revoke(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable UUID keyId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.API_KEYS_MANAGE);
        return commands.send(new RevokeApiKeyCommand(new ApiKeyId(keyId), tenant))
                .thenReturn(ResponseEntity.noContent().build());
    }
}
