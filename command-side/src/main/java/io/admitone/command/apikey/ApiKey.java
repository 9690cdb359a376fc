package io.admitone.command.apikey;

import io.admitone.kernel.apikey.ApiKeyCreated;
import io.admitone.kernel.apikey.ApiKeyId;
import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.kernel.apikey.ApiKeyRevoked;
import io.admitone.kernel.apikey.IssueApiKeyCommand;
import io.admitone.kernel.apikey.RevokeApiKeyCommand;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One key of one organisation. Keys are created by {@link ApiKeyIssuer}, which generates the key; a key answers
 * only commands of its own organisation, and any other is told it does not exist.
 */
@Aggregate(cache = "aggregateCache")
class ApiKey {

    static final int MAX_NAME_LENGTH = 100;

    @AggregateIdentifier
    private ApiKeyId keyId;
    private TenantId tenantId;
    private boolean revoked;

    ApiKey() {
    }

    ApiKey(IssueApiKeyCommand command, String prefix, String secretHash, Instant now) {
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidApiKey("name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (command.kind() == null) {
            throw new InvalidApiKey("kind must be secret or publishable");
        }
        if (command.kind() == ApiKeyKind.PUBLISHABLE && !command.roles().isEmpty()) {
            throw new InvalidApiKey("a publishable key has no roles: it sits in web pages and authenticates nobody");
        }
        if (command.kind() == ApiKeyKind.SECRET && command.roles().isEmpty()) {
            throw new InvalidApiKey("a secret key needs at least one role");
        }
        if (command.roles().contains(StaffRole.OWNER)) {
            throw new InvalidApiKey("only people can be owners; give a key admin or narrower roles");
        }
        apply(new ApiKeyCreated(command.keyId(), command.tenantId(), name, command.kind(), command.roles(), prefix,
                secretHash, now));
    }

    /** Revoking a revoked key changes nothing, so that a repeated request does not fail. */
    @CommandHandler
    void handle(RevokeApiKeyCommand command, Clock clock) {
        if (!command.tenantId().equals(tenantId)) {
            throw new ApiKeyNotFound(command.keyId());
        }
        if (!revoked) {
            apply(new ApiKeyRevoked(keyId, tenantId, clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(ApiKeyCreated event) {
        keyId = event.keyId();
        tenantId = event.tenantId();
    }

    @EventSourcingHandler
    void on(ApiKeyRevoked event) {
        revoked = true;
    }
}
