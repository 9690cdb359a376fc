package io.admitone.projections.webhook.catalogue;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.Buyer;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.BuyerVault;
import io.admitone.kernel.personaldata.SealedBuyer;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A vault that keeps each buyer it sealed in memory, by key; an empty one opens nobody, as if all were erased. */
final class InMemoryBuyerVault implements BuyerVault {

    private final Map<BuyerKeyId, Buyer> buyers = new HashMap<>();
    private final Map<BuyerKeyId, Instant> erased = new HashMap<>();

    @Override
    public SealedBuyer seal(TenantId tenant, Buyer buyer) {
        BuyerKeyId key = BuyerKeyId.random();
        buyers.put(key, buyer);
        return new SealedBuyer(key, "v1.c2VhbGVk");
    }

    @Override
    public Optional<Buyer> open(TenantId tenant, SealedBuyer buyer) {
        return Optional.ofNullable(buyers.get(buyer.keyId()));
    }

    @Override
    public Optional<BuyerKeyId> keyOf(TenantId tenant, String email) {
        return buyers.entrySet().stream().filter(entry -> entry.getValue().email().equals(email))
                .map(Map.Entry::getKey).findFirst();
    }

    @Override
    public boolean erase(TenantId tenant, BuyerKeyId keyId, Instant erasedAt) {
        boolean kept = buyers.remove(keyId) != null;
        if (kept) {
            erased.put(keyId, erasedAt);
        }
        return kept;
    }

    @Override
    public Optional<Instant> erasedAt(TenantId tenant, BuyerKeyId keyId) {
        return Optional.ofNullable(erased.get(keyId));
    }
}
