package io.admitone.kernel.personaldata;

import io.admitone.kernel.organisation.TenantId;

import java.time.Instant;
import java.util.Optional;

/**
 * Keeps one data key per buyer per organisation (a buyer is an organisation and a normalised e-mail address), seals
 * buyers with it for events and opens them again, until the key is erased on the buyer's request.
 */
public interface BuyerVault {

    /** The buyer sealed under their data key in this organisation, made on their first order. */
    SealedBuyer seal(TenantId tenant, Buyer buyer);

    /** The buyer, or empty once their key was erased. */
    Optional<Buyer> open(TenantId tenant, SealedBuyer buyer);

    /** The data key of the buyer with this e-mail address in this organisation, if there is one. */
    Optional<BuyerKeyId> keyOf(TenantId tenant, String email);

    /**
     * Erases the key for good, noting only when; false when this organisation has no such key (any more).
     */
    boolean erase(TenantId tenant, BuyerKeyId keyId, Instant erasedAt);

    /** When the key was erased, or empty while it is kept (or was never this organisation's). */
    Optional<Instant> erasedAt(TenantId tenant, BuyerKeyId keyId);
}
