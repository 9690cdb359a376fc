package io.admitone.plugin.api.notification;

import io.admitone.plugin.api.OrganisationContext;
import org.pf4j.ExtensionPoint;

/**
 * A way to tell people what happened: e-mail, text message, a chat room. The server hands every channel an
 * organisation enabled each {@link Notification} meant for a person of that organisation or its buyers; a channel
 * sends what it can send (an e-mail channel needs an e-mail address) and ignores the rest. An exception is logged and
 * the notification is tried again later.
 *
 * <pre>{@code
 * @Extension
 * public class ChatRoom implements NotificationChannel {
 *     public String name() { return "chat-room"; }
 *     public void send(Notification notification, OrganisationContext organisation) {
 *         String webhook = organisation.setting("roomUrl", null);
 *         // post notification.subject() to the room
 *     }
 * }
 * }</pre>
 */
public interface NotificationChannel extends ExtensionPoint {

    /** 1 to 64 of {@code a-z 0-9 -}. */
    String name();

    void send(Notification notification, OrganisationContext organisation);
}
