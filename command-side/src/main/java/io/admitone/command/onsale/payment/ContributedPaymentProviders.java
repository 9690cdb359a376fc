package io.admitone.command.onsale.payment;

import io.admitone.kernel.organisation.TenantId;

import java.util.Optional;

/**
 * Payment providers from outside the core (plugins), each offered only to the organisations that enabled it: the
 * provider an organisation knows by this name, if any.
 */
@FunctionalInterface
public interface ContributedPaymentProviders {

    /** For an installation without plugins. */
    ContributedPaymentProviders NONE = (tenant, name) -> Optional.empty();

    Optional<PaymentProvider> provider(TenantId tenant, String name);
}
