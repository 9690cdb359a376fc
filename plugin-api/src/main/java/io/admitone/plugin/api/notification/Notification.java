package io.admitone.plugin.api.notification;

import java.util.Map;

/**
 * One message to one person: its {@code kind} (such as {@code order-confirmed}, {@code refund-issued},
 * {@code performance-reminder}, {@code finance-summary}), the recipient's name and e-mail address, a subject line,
 * the facts a template fills in ({@code data}: JSON values), and the organisation's {@link Branding}.
 */
public record Notification(String kind, String recipientName, String recipientEmail, String subject,
                           Map<String, Object> data, Branding branding) {

    public Notification {
        data = Map.copyOf(data);
    }

    /** How the organisation presents itself: the name, logo and colours to show, and whom messages come from. */
    public record Branding(String displayName, String logoUrl, String primaryColour, String accentColour,
                           String senderName, String senderEmail) {
    }
}
