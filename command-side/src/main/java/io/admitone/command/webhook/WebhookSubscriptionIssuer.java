package io.admitone.command.webhook;

import io.admitone.command.organisation.Organisations;
import io.admitone.kernel.webhook.CreateWebhookSubscriptionCommand;
import io.admitone.kernel.webhook.IssuedWebhookSecret;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Generates a subscription's secret and creates the subscription. It lives outside the aggregate because the answer
 * is the secret itself, which an aggregate's creation cannot return; the secret leaves here once and is kept sealed.
 */
@Component
class WebhookSubscriptionIssuer {

    private final Repository<WebhookSubscription> subscriptions;
    private final Organisations organisations;
    private final WebhookSecrets secrets;
    private final WebhookTargetPolicy targets;
    private final Clock clock;

    WebhookSubscriptionIssuer(Repository<WebhookSubscription> subscriptions, Organisations organisations,
                              WebhookSecrets secrets, WebhookTargetPolicy targets, Clock clock) {
        this.subscriptions = subscriptions;
        this.organisations = organisations;
        this.secrets = secrets;
        this.targets = targets;
        this.clock = clock;
    }

    /** Subscriptions are made only in an organisation that exists and is not suspended. */
    @CommandHandler
    CreatedWebhookSubscription handle(CreateWebhookSubscriptionCommand command) throws Exception {
        organisations.requireOpen(command.tenantId());
        WebhookSecrets.NewSecret secret = secrets.generate();
        WebhookSettings settings = subscriptions.newInstance(
                        () -> new WebhookSubscription(command, targets, secret.sealed(), clock.instant()))
                .invoke(WebhookSubscription::settings);
        return new CreatedWebhookSubscription(new IssuedWebhookSecret(command.subscriptionId(), secret.secret()),
                settings);
    }
}
