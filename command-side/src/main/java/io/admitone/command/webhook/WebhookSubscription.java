package io.admitone.command.webhook;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.webhook.ChangeWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.CreateWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.DeleteWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.IssuedWebhookSecret;
import io.admitone.kernel.webhook.RedeliverWebhookCommand;
import io.admitone.kernel.webhook.ReplayWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.RotateWebhookSecretCommand;
import io.admitone.kernel.webhook.WebhookRedeliveryRequested;
import io.admitone.kernel.webhook.WebhookReplayRequested;
import io.admitone.kernel.webhook.WebhookSecretRotated;
import io.admitone.kernel.webhook.WebhookSubscriptionChanged;
import io.admitone.kernel.webhook.WebhookSubscriptionCreated;
import io.admitone.kernel.webhook.WebhookSubscriptionDeleted;
import io.admitone.kernel.webhook.WebhookSubscriptionId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One webhook subscription of one organisation. It is created by {@link WebhookSubscriptionIssuer}, which generates
 * its secret; a command of another organisation, or to a deleted subscription, is told it does not exist.
 */
@Aggregate(cache = "aggregateCache")
class WebhookSubscription {

    static final Duration DEFAULT_GRACE_PERIOD = Duration.ofHours(24);
    static final Duration MAX_GRACE_PERIOD = Duration.ofDays(7);

    @AggregateIdentifier
    private WebhookSubscriptionId subscriptionId;
    private TenantId tenantId;
    private WebhookSettings settings;
    private boolean deleted;

    WebhookSubscription() {
    }

    WebhookSubscription(CreateWebhookSubscriptionCommand command, WebhookTargetPolicy targets, String sealedSecret,
                        Instant now) {
        WebhookSettings valid = WebhookSettings.validated(command.url(), command.eventTypes(), command.description(),
                command.enabled(), targets);
        apply(new WebhookSubscriptionCreated(command.subscriptionId(), command.tenantId(), valid.url(),
                valid.eventTypes(), valid.description(), valid.enabled(), sealedSecret, now));
    }

    /**
     * A change that changes nothing records nothing, except an explicit {@code enabled}: the dispatcher may have
     * disabled the subscription, which this aggregate does not know, and enabling must reach it.
     */
    @CommandHandler
    WebhookSettings handle(ChangeWebhookSubscriptionCommand command, WebhookTargetPolicy targets, Clock clock) {
        requireLive(command.tenantId());
        WebhookSettings changed = settings.changedBy(command, targets);
        if (!changed.equals(settings) || Boolean.TRUE.equals(command.enabled())) {
            apply(new WebhookSubscriptionChanged(subscriptionId, tenantId, changed.url(), changed.eventTypes(),
                    changed.description(), changed.enabled(), clock.instant()));
        }
        return changed;
    }

    @CommandHandler
    void handle(DeleteWebhookSubscriptionCommand command, Clock clock) {
        requireLive(command.tenantId());
        apply(new WebhookSubscriptionDeleted(subscriptionId, tenantId, clock.instant()));
    }

    /** Without a grace period the old secret signs for {@link #DEFAULT_GRACE_PERIOD}; none at all ends it at once. */
    @CommandHandler
    RotatedWebhookSecret handle(RotateWebhookSecretCommand command, WebhookSecrets secrets, Clock clock) {
        requireLive(command.tenantId());
        Duration grace = command.gracePeriod() == null ? DEFAULT_GRACE_PERIOD : command.gracePeriod();
        if (grace.isNegative() || grace.compareTo(MAX_GRACE_PERIOD) > 0) {
            throw new InvalidWebhookSubscription("gracePeriod must be between PT0S and " + MAX_GRACE_PERIOD);
        }
        Instant now = clock.instant();
        WebhookSecrets.NewSecret secret = secrets.generate();
        apply(new WebhookSecretRotated(subscriptionId, tenantId, secret.sealed(), now.plus(grace), now));
        return new RotatedWebhookSecret(new IssuedWebhookSecret(subscriptionId, secret.secret()), now.plus(grace));
    }

    @CommandHandler
    void handle(RedeliverWebhookCommand command, Clock clock) {
        requireLive(command.tenantId());
        apply(new WebhookRedeliveryRequested(subscriptionId, tenantId, command.deliveryId(), command.redeliveryId(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ReplayWebhookSubscriptionCommand command, Clock clock) {
        requireLive(command.tenantId());
        Instant now = clock.instant();
        requireOneReplayStart(command.fromPosition(), command.fromInstant(), now);
        apply(new WebhookReplayRequested(subscriptionId, tenantId, command.replayId(), command.fromPosition(),
                command.fromInstant(), now));
    }

    private static void requireOneReplayStart(Long fromPosition, Instant fromInstant, Instant now) {
        if ((fromPosition == null) == (fromInstant == null)) {
            throw new InvalidWebhookSubscription("a replay starts from exactly one of fromPosition and from");
        }
        if (fromPosition != null && fromPosition < 1) {
            throw new InvalidWebhookSubscription("fromPosition must be at least 1");
        }
        if (fromInstant != null && fromInstant.isAfter(now)) {
            throw new InvalidWebhookSubscription("from must not be in the future");
        }
    }

    private void requireLive(TenantId tenant) {
        if (deleted || !tenant.equals(tenantId)) {
            throw new WebhookSubscriptionNotFound(subscriptionId);
        }
    }

    WebhookSettings settings() {
        return settings;
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionCreated event) {
        subscriptionId = event.subscriptionId();
        tenantId = event.tenantId();
        settings = new WebhookSettings(event.url(), event.eventTypes(), event.description(), event.enabled());
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionChanged event) {
        settings = new WebhookSettings(event.url(), event.eventTypes(), event.description(), event.enabled());
    }

    @EventSourcingHandler
    void on(WebhookSubscriptionDeleted event) {
        deleted = true;
    }
}
