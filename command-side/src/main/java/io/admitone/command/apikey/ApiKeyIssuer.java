package io.admitone.command.apikey;

import io.admitone.command.organisation.Organisations;
import io.admitone.kernel.Digests;
import io.admitone.kernel.apikey.ApiKeyFormat;
import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.kernel.apikey.IssueApiKeyCommand;
import io.admitone.kernel.apikey.IssuedApiKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Generates a key and creates its aggregate. It lives outside the aggregate because the answer is the key itself,
 * which an aggregate's creation cannot return; the key leaves here once and is recorded only as a hash.
 */
@Component
class ApiKeyIssuer {

    private final Repository<ApiKey> keys;
    private final Organisations organisations;
    private final Clock clock;
    private final RandomGenerator random;

    @Autowired
    ApiKeyIssuer(Repository<ApiKey> keys, Organisations organisations, Clock clock) {
        this(keys, organisations, clock, new SecureRandom());
    }

    ApiKeyIssuer(Repository<ApiKey> keys, Organisations organisations, Clock clock, RandomGenerator random) {
        this.keys = keys;
        this.organisations = organisations;
        this.clock = clock;
        this.random = random;
    }

    /** Keys are issued only in an organisation that exists and is not suspended. */
    @CommandHandler
    IssuedApiKey handle(IssueApiKeyCommand command) throws Exception {
        organisations.requireOpen(command.tenantId());
        String prefix = ApiKeyFormat.newPrefix(random);
        String key = command.kind() == ApiKeyKind.SECRET
                ? ApiKeyFormat.secretKey(prefix, random)
                : ApiKeyFormat.publishableKey(prefix);
        String secretHash = command.kind() == ApiKeyKind.SECRET ? Digests.sha256Hex(key) : null;
        keys.newInstance(() -> new ApiKey(command, prefix, secretHash, clock.instant()));
        return new IssuedApiKey(command.keyId(), key);
    }
}
