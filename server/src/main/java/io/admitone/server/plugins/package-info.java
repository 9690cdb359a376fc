/**
 * The plugin runtime: PF4J loads the plugin jars of the plugins directory at start-up and when a platform admin
 * installs one, after checking its descriptor, the plugin API range it requires, the permissions it declares and its
 * settings schema; a plugin that is incompatible or broken is refused with the reason and never stops the server.
 * Installing, upgrading and removing, and each organisation's enabling, configuring and disabling, are commands and
 * so events. Extensions are offered to the core only for the organisations that enabled their plugin: payment
 * providers so far, through {@link io.admitone.command.onsale.payment.ContributedPaymentProviders}.
 */
package io.admitone.server.plugins;
