package io.admitone.query.finance.reports;

import io.admitone.kernel.organisation.TenantId;

import java.util.function.Consumer;

/**
 * Recounts an organisation's money from its events, without the ledger: every sale and refund up to the stream's
 * head, per ticket type, as {@link SalesMovement}s in stream order. Kept behind this port because reading the event
 * store is the server's business, not the query side's.
 */
public interface SalesRecount {

    void replay(TenantId tenant, Consumer<SalesMovement> movements);
}
