package io.admitone.server.plugins;

import io.admitone.plugin.api.authentication.AuthenticationProvider;
import io.admitone.query.auth.ContributedAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The authentication providers of the plugins installed here, asked in turn (by plugin id) until one vouches for the
 * credentials. They serve the whole installation, as signing in comes before any organisation. A provider that fails
 * is logged, without the credentials, and passed over.
 */
@Component
class PluginAuthentication implements ContributedAuthentication {

    private static final Logger LOG = LoggerFactory.getLogger(PluginAuthentication.class);

    private final PluginRuntime runtime;

    PluginAuthentication(PluginRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Optional<String> authenticate(String email, char[] password) {
        return runtime.started().keySet().stream().sorted()
                .flatMap(pluginId -> runtime.extensions(pluginId, AuthenticationProvider.class).stream()
                        .map(provider -> proven(pluginId, provider, email, password)))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> proven(String pluginId, AuthenticationProvider provider, String email,
                                           char[] password) {
        try {
            return provider.authenticate(email, password.clone());
        } catch (RuntimeException failed) {
            LOG.warn("Authentication provider {} of plugin {} failed: {}", provider.name(), pluginId,
                    failed.getClass().getName());
            return Optional.empty();
        }
    }
}
