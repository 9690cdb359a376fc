package io.admitone.command.onsale.payment;

import io.admitone.kernel.DomainRejection;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The payment providers this installation offers, by name. */
@Component
public class PaymentProviders {

    private final Map<String, PaymentProvider> byName;

    public PaymentProviders(List<PaymentProvider> providers) {
        byName = providers.stream().collect(Collectors.toUnmodifiableMap(PaymentProvider::name, Function.identity()));
    }

    public PaymentProvider provider(String name) {
        PaymentProvider provider = name == null ? null : byName.get(name);
        if (provider == null) {
            throw new UnknownPaymentProvider(name);
        }
        return provider;
    }

    static final class UnknownPaymentProvider extends DomainRejection {
        UnknownPaymentProvider(String name) {
            super("unknown-payment-provider", Kind.UNPROCESSABLE, "No payment provider " + name);
        }
    }

    static final class UnknownPaymentMethod extends DomainRejection {
        UnknownPaymentMethod(String provider, String method) {
            super("unknown-payment-method", Kind.UNPROCESSABLE, "Payment provider " + provider
                    + " has no method " + method);
        }
    }
}
