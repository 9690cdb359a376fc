package io.admitone.query.onsale;

import io.admitone.kernel.onsale.order.TicketPass;

/** Signs a ticket's QR payload, which scanners verify offline; the server implements it with its signing key. */
public interface TicketPassSigner {

    String sign(TicketPass pass);
}
