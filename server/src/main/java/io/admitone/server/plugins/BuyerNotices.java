package io.admitone.server.plugins;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.plugin.api.notification.Notification;
import io.admitone.plugin.api.notification.NotificationChannel;
import io.admitone.query.plugin.OrganisationBrandings;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells buyers something through every notification channel of the plugins their organisation enabled, in the
 * organisation's branding, with the facts templates use ({@code organisation} and {@code buyerName} besides those
 * given). {@link #of} reads the organisation's channels and branding once, for as many buyers as there are to tell;
 * an organisation without channels has nobody to tell anything. A channel that fails throws, so that the caller can
 * try again.
 */
@Component
public class BuyerNotices {

    private final EnabledPlugins enabled;
    private final OrganisationBrandings brandings;

    BuyerNotices(EnabledPlugins enabled, OrganisationBrandings brandings) {
        this.enabled = enabled;
        this.brandings = brandings;
    }

    /** The organisation's teller, or empty when it has no notification channel (or no branding yet). */
    public Optional<Teller> of(TenantId tenant) {
        List<EnabledPlugins.Contributed<NotificationChannel>> channels =
                enabled.extensions(tenant, NotificationChannel.class);
        return channels.isEmpty() ? Optional.empty()
                : brandings.of(tenant).map(branding -> new Teller(channels, branding));
    }

    /** Tells the buyers of one organisation. */
    public static final class Teller {

        private final List<EnabledPlugins.Contributed<NotificationChannel>> channels;
        private final OrganisationBrandings.Branding branding;

        private Teller(List<EnabledPlugins.Contributed<NotificationChannel>> channels,
                       OrganisationBrandings.Branding branding) {
            this.channels = channels;
            this.branding = branding;
        }

        public void tell(String name, String email, String kind, String subject, Map<String, Object> facts) {
            Map<String, Object> data = new HashMap<>(facts);
            data.put("organisation", branding.displayName());
            data.put("buyerName", name);
            Notification notification = new Notification(kind, name, email, subject, data,
                    new Notification.Branding(branding.displayName(), branding.logoUrl(), branding.primaryColour(),
                            branding.accentColour(), branding.senderName(), branding.senderAddress()));
            channels.forEach(channel -> channel.extension().send(notification, channel.organisation()));
        }
    }
}
