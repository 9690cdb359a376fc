package io.admitone.command.catalog.event;

import io.admitone.kernel.DomainRejection;

import java.util.Set;

class UnknownPriceZone extends DomainRejection {

    UnknownPriceZone(String priceZone, Set<String> zones) {
        super("unknown-price-zone", Kind.UNPROCESSABLE,
                "The venue has no seats in price zone '" + priceZone + "'; its zones are " + zones);
    }
}
