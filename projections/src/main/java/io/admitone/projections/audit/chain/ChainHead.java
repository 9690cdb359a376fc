package io.admitone.projections.audit.chain;

import io.admitone.kernel.audit.AuditChain;
import io.admitone.kernel.audit.AuditedEvent;

/** The last link of an organisation's chain: its number (0 for an empty chain), its event's position and its hash. */
record ChainHead(long sequence, long position, byte[] hash) {

    static final ChainHead EMPTY = new ChainHead(0, -1, AuditChain.genesis());

    ChainHead next(AuditedEvent event) {
        return new ChainHead(sequence + 1, event.position(), AuditChain.link(hash, event));
    }
}
