package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;

/** An event sells in one currency: every price and fixed fee of its ticket types is in it. */
class CurrencyMismatch extends DomainRejection {

    CurrencyMismatch(String what, String currency, String expected) {
        super("currency-mismatch", Kind.UNPROCESSABLE,
                what + " is in " + currency + ", but the event's ticket types are priced in " + expected);
    }
}
