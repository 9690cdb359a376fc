/** Facts a plugin adds to webhook messages. */
package io.admitone.plugin.api.webhook;
