package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.BuyerVault;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One entry of the catalogue: an event class, the public type its events have, and what integrators see of one,
 * with the vault at hand for the types that show a buyer.
 */
record PublicEvent<E>(Class<E> eventClass, String type, Function<E, TenantId> tenant,
                      BiFunction<E, BuyerVault, PublicData> data) {

    /** A type whose data holds no buyer. */
    static <E> PublicEvent<E> of(Class<E> eventClass, String type, Function<E, TenantId> tenant,
                                 Function<E, PublicData> data) {
        return new PublicEvent<>(eventClass, type, tenant, (event, buyers) -> data.apply(event));
    }

    TenantId tenantOf(Object event) {
        return tenant.apply(eventClass.cast(event));
    }

    PublicData dataOf(Object event, BuyerVault buyers) {
        return data.apply(eventClass.cast(event), buyers);
    }
}
