package io.admitone.server.plugins;

import io.admitone.query.plugin.PluginReadModels;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The read-model readers plugins and jobs need, whichever roles this process runs. */
@Configuration(proxyBeanMethods = false)
@Import(PluginReadModels.class)
class PluginsConfiguration {
}
