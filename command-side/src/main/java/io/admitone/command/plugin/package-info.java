/**
 * The plugins of the platform and of each organisation as aggregates: {@link io.admitone.command.plugin.InstalledPlugin}
 * records the release a platform admin installed, upgraded or removed; {@link
 * io.admitone.command.plugin.OrganisationPlugin} records whether an organisation enabled a plugin and with which
 * settings. The server's plugin runtime checks jars, versions and settings before it sends their commands.
 */
package io.admitone.command.plugin;
