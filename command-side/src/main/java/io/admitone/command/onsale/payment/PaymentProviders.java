package io.admitone.command.onsale.payment;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.organisation.TenantId;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The payment providers an organisation may use, by name: those built into this installation, and those of the
 * plugins the organisation enabled. A built-in name cannot be taken by a plugin.
 */
@Component
public class PaymentProviders {

    private final Map<String, PaymentProvider> builtIn;
    private final ContributedPaymentProviders contributed;

    public PaymentProviders(List<PaymentProvider> builtIn, ContributedPaymentProviders contributed) {
        this.builtIn = builtIn.stream()
                .collect(Collectors.toUnmodifiableMap(PaymentProvider::name, Function.identity()));
        this.contributed = contributed;
    }

    public PaymentProvider provider(TenantId tenant, String name) {
        if (name == null) {
            throw new UnknownPaymentProvider(null);
        }
        PaymentProvider provider = builtIn.get(name);
        return provider != null ? provider
                : contributed.provider(tenant, name).orElseThrow(() -> new UnknownPaymentProvider(name));
    }

    /** Whether a provider of this installation is known by this name, whatever the plugins offer. */
    public boolean builtIn(String name) {
        return builtIn.containsKey(name);
    }

    static final class UnknownPaymentProvider extends DomainRejection {
        UnknownPaymentProvider(String name) {
            super("unknown-payment-provider", Kind.UNPROCESSABLE, "No payment provider " + name);
        }
    }

    /** A method the provider does not take: a card type it does not know, say. */
    public static final class UnknownPaymentMethod extends DomainRejection {
        public UnknownPaymentMethod(String provider, String method) {
            super("unknown-payment-method", Kind.UNPROCESSABLE, "Payment provider " + provider
                    + " has no method " + method);
        }
    }
}
