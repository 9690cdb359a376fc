package io.admitone.command.webhook;

import io.admitone.kernel.SecretSeal;
import io.admitone.kernel.webhook.WebhookSecret;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/** New signing secrets: the secret in the clear, to answer once, and sealed, to keep in the event. */
@Component
class WebhookSecrets {

    record NewSecret(String secret, String sealed) {
    }

    private final SecretSeal seal;
    private final RandomGenerator random;

    @Autowired
    WebhookSecrets(SecretSeal seal) {
        this(seal, new SecureRandom());
    }

    WebhookSecrets(SecretSeal seal, RandomGenerator random) {
        this.seal = seal;
        this.random = random;
    }

    NewSecret generate() {
        String secret = WebhookSecret.generate(random);
        return new NewSecret(secret, seal.seal(secret));
    }
}
