package io.admitone.query.webhooks;

import org.jooq.Field;
import org.jooq.impl.DSL;

import static io.admitone.schema.jooq.Tables.WEBHOOK_SUBSCRIPTION;

/**
 * Whether a subscription's deliveries go out. Staff pausing it wins over the dispatcher having disabled it: enabling
 * it again is what clears both, so a paused subscription says what staff have to do.
 */
enum SubscriptionStatus {
    ACTIVE, PAUSED, DISABLED;

    /** The status of each row, computed by PostgreSQL so that lists can both show and filter by it. */
    static final Field<String> OF_ROW = DSL
            .when(WEBHOOK_SUBSCRIPTION.ENABLED.isFalse(), StoredNames.of(PAUSED))
            .when(WEBHOOK_SUBSCRIPTION.DISABLED_AT.isNotNull(), StoredNames.of(DISABLED))
            .otherwise(StoredNames.of(ACTIVE));
}
