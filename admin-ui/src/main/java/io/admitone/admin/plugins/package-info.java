/**
 * The organisation's plugins: each plugin the platform runs, whether the organisation uses it, and its settings,
 * entered in a form drawn from the plugin's settings schema.
 */
package io.admitone.admin.plugins;
