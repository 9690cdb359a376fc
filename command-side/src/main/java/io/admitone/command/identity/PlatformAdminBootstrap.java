package io.admitone.command.identity;

import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.identity.RegisterPlatformAdminCommand;
import io.admitone.kernel.identity.UserId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Registers the platform admin on the first start, so a fresh installation can be signed in to. Later starts, and
 * every instance but the first of several starting at once, find the e-mail claimed and leave it alone.
 */
@Component
class PlatformAdminBootstrap implements ApplicationRunner {

    static final String DISPLAY_NAME = "Platform admin";
    private static final Logger log = LoggerFactory.getLogger(PlatformAdminBootstrap.class);

    private final CommandGateway commands;
    private final StaffEmailRegistry emails;
    private final SecretTokens tokens;
    private final String email;
    private final String configuredPassword;

    PlatformAdminBootstrap(CommandGateway commands, StaffEmailRegistry emails, SecretTokens tokens,
                           @Value("${admitone.admin.email:admin@admitone.local}") String email,
                           @Value("${admitone.admin.password:}") String configuredPassword) {
        this.commands = commands;
        this.emails = emails;
        this.tokens = tokens;
        this.email = StaffUserRules.email(email);
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (emails.owner(email).isPresent()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? tokens.newToken() : configuredPassword;
        if (register(password) && generated) {
            // The one secret AdmitOne ever writes to a log: without it nobody could sign in to a fresh
            // installation. It is logged once, on the start that registered the admin, and never again.
            log.warn("Registered the platform admin {} with the generated password {} - it is shown only this once; "
                    + "sign in and change it, or set ADMITONE_ADMIN_PASSWORD before the first start", email, password);
        }
    }

    /** Whether this instance registered the admin; another instance may have claimed the e-mail a moment earlier. */
    private boolean register(String password) {
        try {
            commands.sendAndWait(new RegisterPlatformAdminCommand(UserId.random(), email, DISPLAY_NAME, password));
            log.info("Registered the platform admin {}", email);
            return true;
        } catch (RuntimeException failure) {
            if (emails.owner(email).isEmpty()) {
                throw failure;
            }
            log.info("Another instance registered the platform admin {} first", email);
            return false;
        }
    }
}
