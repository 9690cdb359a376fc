/**
 * Organisations, the tenants of AdmitOne: their id, which every command, event and read-model row carries, and
 * the commands and events that create an organisation, change its settings and branding, and suspend it.
 */
package io.admitone.kernel.organisation;
