/** Notification channels: how people are told that something happened. */
package io.admitone.plugin.api.notification;
