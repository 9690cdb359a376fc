package io.admitone.command.personaldata;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.personaldata.BuyerKeyId;

/** The key is no longer in the vault of the organisation: erased already, by a request that came first. */
class BuyerAlreadyErased extends DomainRejection {

    BuyerAlreadyErased(BuyerKeyId keyId) {
        super("buyer-already-erased", Kind.CONFLICT, "The buyer key " + keyId + " is erased already");
    }
}
