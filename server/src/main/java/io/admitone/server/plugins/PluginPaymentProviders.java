package io.admitone.server.plugins;

import io.admitone.command.onsale.payment.ContributedPaymentProviders;
import io.admitone.command.onsale.payment.PaymentProvider;
import io.admitone.command.onsale.payment.PaymentProviders;
import io.admitone.kernel.money.Money;
import io.admitone.kernel.onsale.order.PaymentOutcome;
import io.admitone.kernel.onsale.order.RefundOutcome;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.payment.PaymentResult;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The payment providers of the plugins an organisation enabled, as the core's payment port: an order's amount goes
 * to the plugin as a decimal and its currency code, and the plugin's answer comes back as the core's outcome.
 */
@Component
class PluginPaymentProviders implements ContributedPaymentProviders {

    private final EnabledPlugins enabled;

    PluginPaymentProviders(EnabledPlugins enabled) {
        this.enabled = enabled;
    }

    @Override
    public Optional<PaymentProvider> provider(TenantId tenant, String name) {
        return enabled.extensions(tenant, io.admitone.plugin.api.payment.PaymentProvider.class).stream()
                .filter(contributed -> name.equals(contributed.extension().name()))
                .findFirst()
                .map(contributed -> new Adapter(contributed.extension(), contributed.organisation()));
    }

    private record Adapter(io.admitone.plugin.api.payment.PaymentProvider plugin, OrganisationContext organisation)
            implements PaymentProvider {

        @Override
        public String name() {
            return plugin.name();
        }

        @Override
        public void checkMethod(String method) {
            if (!plugin.acceptsMethod(method)) {
                throw new PaymentProviders.UnknownPaymentMethod(plugin.name(), method);
            }
        }

        @Override
        public PaymentOutcome start(PaymentRequest request) {
            return outcome(plugin.start(request(request), organisation));
        }

        @Override
        public PaymentOutcome confirm(PaymentRequest request) {
            return outcome(plugin.confirm(request(request), organisation));
        }

        @Override
        public RefundOutcome refund(RefundRequest request) {
            Money amount = request.amount();
            io.admitone.plugin.api.payment.RefundResult result = plugin.refund(
                    new io.admitone.plugin.api.payment.PaymentProvider.RefundRequest(request.orderId().value(),
                            request.refundId().value(), amount.amount(), amount.currency(),
                            request.method()), organisation);
            return new RefundOutcome(result.reference(), result.paidOut());
        }

        private static io.admitone.plugin.api.payment.PaymentProvider.PaymentRequest request(PaymentRequest request) {
            return new io.admitone.plugin.api.payment.PaymentProvider.PaymentRequest(request.orderId().value(),
                    request.amount().amount(), request.amount().currency(), request.method());
        }

        private static PaymentOutcome outcome(PaymentResult result) {
            return switch (result.status()) {
                case SETTLED -> PaymentOutcome.settled();
                case FAILED -> PaymentOutcome.failed(result.reason());
                case PENDING -> PaymentOutcome.pending(result.nextAction());
            };
        }
    }
}
