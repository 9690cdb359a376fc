package io.admitone.server.plugins;

import io.admitone.plugin.api.authentication.AuthenticationProvider;
import io.admitone.plugin.api.notification.NotificationChannel;
import io.admitone.plugin.api.payment.PaymentProvider;
import io.admitone.plugin.api.report.ReportExporter;
import io.admitone.plugin.api.webhook.WebhookPayloadEnricher;
import io.admitone.plugin.api.widget.DashboardWidget;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a plugin may take part in, as its descriptor declares it in {@code plugin.permissions} and organisation
 * admins see before enabling it: one permission for each extension point, which its extensions need.
 */
enum Permission {
    PAYMENTS(PaymentProvider.class),
    NOTIFICATIONS(NotificationChannel.class),
    DASHBOARD(DashboardWidget.class),
    WEBHOOKS(WebhookPayloadEnricher.class),
    REPORTS(ReportExporter.class),
    AUTHENTICATION(AuthenticationProvider.class);

    private final Class<?> extensionPoint;

    Permission(Class<?> extensionPoint) {
        this.extensionPoint = extensionPoint;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Permission> of(String code) {
        return Arrays.stream(values()).filter(permission -> permission.code().equals(code)).findFirst();
    }

    /** The permission an extension of this class needs; empty for a class of no extension point. */
    static Optional<Permission> neededBy(Class<?> extension) {
        return Arrays.stream(values()).filter(permission -> permission.extensionPoint.isAssignableFrom(extension))
                .findFirst();
    }
}
