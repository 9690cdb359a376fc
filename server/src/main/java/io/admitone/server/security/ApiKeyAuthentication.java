package io.admitone.server.security;

import io.admitone.kernel.Digests;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.apikey.ApiKeyFormat;
import io.admitone.kernel.apikey.ApiKeyKind;
import io.admitone.query.access.ApiKeyDirectory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;

/**
 * A secret API key: looked up by its prefix on every call, so a revocation holds as soon as the key's read model
 * has it, and checked against its stored digest. A publishable key authenticates nobody.
 */
@Component
class ApiKeyAuthentication {

    private final ApiKeyDirectory keys;
    private final Clock clock;

    ApiKeyAuthentication(ApiKeyDirectory keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    Mono<Authentication> authenticate(String presented, ApiKeyFormat.Parsed parsed) {
        if (parsed.kind() != ApiKeyKind.SECRET) {
            return Mono.error(new BadCredentialsException("A publishable key is no credential"));
        }
        return keys.find(parsed.prefix())
                .filter(key -> key.kind() == ApiKeyKind.SECRET && !key.revoked()
                        && Digests.matches(presented, key.secretHash()))
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("Unknown or revoked API key")))
                .map(key -> {
                    keys.recordUse(key.keyId(), clock.instant());
                    return CallerAuthentication.of(Caller.apiKey(key.keyId(), key.tenantId(), key.roles()));
                });
    }
}
