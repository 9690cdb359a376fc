package io.admitone.server.plugins;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.plugin.api.notification.Notification;
import io.admitone.plugin.api.notification.NotificationChannel;
import io.admitone.query.plugin.OrganisationBrandings;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells one buyer something through every notification channel of the plugins their organisation enabled, in the
 * organisation's branding, with the facts templates use ({@code organisation} and {@code buyerName} besides those
 * given). A channel that fails throws, so that the caller can try again.
 */
@Component
public class BuyerNotices {

    private final EnabledPlugins enabled;
    private final OrganisationBrandings brandings;

    BuyerNotices(EnabledPlugins enabled, OrganisationBrandings brandings) {
        this.enabled = enabled;
        this.brandings = brandings;
    }

    /** Whether the organisation has any notification channel enabled. */
    public boolean anyChannel(TenantId tenant) {
        return !enabled.extensions(tenant, NotificationChannel.class).isEmpty();
    }

    public void tell(TenantId tenant, String name, String email, String kind, String subject,
                     Map<String, Object> facts) {
        List<EnabledPlugins.Contributed<NotificationChannel>> channels =
                enabled.extensions(tenant, NotificationChannel.class);
        OrganisationBrandings.Branding branding = channels.isEmpty() ? null : brandings.of(tenant).orElse(null);
        if (branding == null) {
            return;
        }
        Map<String, Object> data = new HashMap<>(facts);
        data.put("organisation", branding.displayName());
        data.put("buyerName", name);
        Notification notification = new Notification(kind, name, email, subject, data,
                new Notification.Branding(branding.displayName(), branding.logoUrl(), branding.primaryColour(),
                        branding.accentColour(), branding.senderName(), branding.senderAddress()));
        channels.forEach(channel -> channel.extension().send(notification, channel.organisation()));
    }
}
