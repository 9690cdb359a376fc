package io.admitone.query.audit.chain;

import io.admitone.kernel.DomainRejection;

/** A checkpoint asked for before the organisation's first event has been linked: there is no head to sign. */
final class NothingChainedYet extends DomainRejection {

    NothingChainedYet() {
        super("audit-chain-empty", Kind.CONFLICT,
                "None of the organisation's events is linked yet; ask again once the audit chain has caught up");
    }
}
