package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.organisation.TenantId;

import java.util.function.Function;

/** One entry of the catalogue: an event class, the public type its events have, and what integrators see of one. */
record PublicEvent<E>(Class<E> eventClass, String type, Function<E, TenantId> tenant, Function<E, PublicData> data) {

    TenantId tenantOf(Object event) {
        return tenant.apply(eventClass.cast(event));
    }

    PublicData dataOf(Object event) {
        return data.apply(eventClass.cast(event));
    }
}
