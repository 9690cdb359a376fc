package io.admitone.command.webhook;

import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.webhook.ChangeWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.CreateWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.DeleteWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.RedeliverWebhookCommand;
import io.admitone.kernel.webhook.ReplayWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.RotateWebhookSecretCommand;
import io.admitone.kernel.webhook.WebhookSubscriptionId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Creating, changing and deleting an organisation's webhook subscriptions, rotating their secrets, and asking for
 * deliveries again; reading them and their delivery log is the query side's. The requests check only their shape
 * (400); the subscription's rules are the aggregate's (422).
 */
@RestController
@RequestMapping("/api/v1/orgs/{orgId}/webhooks")
class WebhooksController {

    record CreateRequest(@NotNull String url, @NotNull List<@NotNull String> eventTypes, String description,
                         Boolean enabled) {
    }

    /** What is given changes; what is absent (or null) stays. */
    record ChangeRequest(String url, List<@NotNull String> eventTypes, String description, Boolean enabled) {
    }

    record RotateRequest(Duration gracePeriod) {
    }

    record ReplayRequest(Long fromPosition, Instant from) {
    }

    /** {@code secret} is shown this once. */
    record Created(WebhookSubscriptionId id, String url, List<String> eventTypes, String description,
                   boolean enabled, String secret) {
    }

    record Subscription(WebhookSubscriptionId id, String url, List<String> eventTypes, String description,
                        boolean enabled) {
    }

    record Rotated(WebhookSubscriptionId id, String secret, Instant previousSecretValidUntil) {
    }

    record Redelivery(UUID id, UUID redeliveryOf) {
    }

    record Replay(UUID replayId, Long fromPosition, Instant from) {
    }

    private final CommandSender commands;

    WebhooksController(CommandSender commands) {
        this.commands = commands;
    }

    @PostMapping
    Mono<ResponseEntity<Created>> create(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                         @Valid @RequestBody CreateRequest request) {
        TenantId tenant = authorised(caller, orgId);
        return commands.<CreatedWebhookSubscription>send(new CreateWebhookSubscriptionCommand(
                        WebhookSubscriptionId.random(), tenant, request.url(), request.eventTypes(), request.description(),
                        request.enabled() == null || request.enabled()))
                .map(created -> {
                    WebhookSubscriptionId id = created.issued().subscriptionId();
                    WebhookSettings settings = created.settings();
                    return ResponseEntity.created(URI.create("/api/v1/orgs/" + orgId + "/webhooks/" + id))
                            .body(new Created(id, settings.url(), settings.eventTypes(), settings.description(),
                                    settings.enabled(), created.issued().secret()));
                });
    }

    @PatchMapping("/{subscriptionId}")
    Mono<Subscription> change(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                              @PathVariable UUID subscriptionId, @Valid @RequestBody ChangeRequest request) {
        TenantId tenant = authorised(caller, orgId);
        WebhookSubscriptionId id = new WebhookSubscriptionId(subscriptionId);
        return commands.<WebhookSettings>send(new ChangeWebhookSubscriptionCommand(id, tenant, request.url(),
                        request.eventTypes(), request.description(), request.enabled()))
                .map(settings -> new Subscription(id, settings.url(), settings.eventTypes(), settings.description(),
                        settings.enabled()));
    }

    @DeleteMapping("/{subscriptionId}")
    Mono<ResponseEntity<Void>> delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                      @PathVariable UUID subscriptionId) {
        TenantId tenant = authorised(caller, orgId);
        return commands.send(new DeleteWebhookSubscriptionCommand(new WebhookSubscriptionId(subscriptionId), tenant))
                .thenReturn(ResponseEntity.noContent().build());
    }

    /** The body is optional: without it the old secret signs for a day beside the new one. */
    @PostMapping("/{subscriptionId}/rotate-secret")
    Mono<Rotated> rotateSecret(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                               @PathVariable UUID subscriptionId,
                               @RequestBody(required = false) RotateRequest request) {
        TenantId tenant = authorised(caller, orgId);
        Duration grace = request == null ? null : request.gracePeriod();
        return commands.<RotatedWebhookSecret>send(new RotateWebhookSecretCommand(
                        new WebhookSubscriptionId(subscriptionId), tenant, grace))
                .map(rotated -> new Rotated(rotated.issued().subscriptionId(), rotated.issued().secret(),
                        rotated.previousSecretValidUntil()));
    }

    @PostMapping("/{subscriptionId}/deliveries/{deliveryId}/redeliver")
    Mono<ResponseEntity<Redelivery>> redeliver(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                               @PathVariable UUID subscriptionId, @PathVariable UUID deliveryId) {
        TenantId tenant = authorised(caller, orgId);
        UUID redeliveryId = UUID.randomUUID();
        return commands.send(new RedeliverWebhookCommand(new WebhookSubscriptionId(subscriptionId), tenant, deliveryId,
                        redeliveryId))
                .thenReturn(ResponseEntity.accepted().body(new Redelivery(redeliveryId, deliveryId)));
    }

    @PostMapping("/{subscriptionId}/replay")
    Mono<ResponseEntity<Replay>> replay(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                        @PathVariable UUID subscriptionId, @RequestBody ReplayRequest request) {
        TenantId tenant = authorised(caller, orgId);
        UUID replayId = UUID.randomUUID();
        return commands.send(new ReplayWebhookSubscriptionCommand(new WebhookSubscriptionId(subscriptionId), tenant,
                        replayId, request.fromPosition(), request.from()))
                .thenReturn(ResponseEntity.accepted().body(new Replay(replayId, request.fromPosition(), request.from())));
    }

    private static TenantId authorised(Caller caller, UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.WEBHOOKS_MANAGE);
        return tenant;
    }
}
