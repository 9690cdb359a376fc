package io.admitone.server.tickets;

import com.nimbusds.jose.jwk.JWK;
import io.admitone.command.onsale.checkin.TicketPassVerifier;
import io.admitone.kernel.catalog.event.EventId;
import io.admitone.kernel.catalog.event.PerformanceId;
import io.admitone.kernel.catalog.event.TicketTypeId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.TicketPass;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.onsale.TicketPassSigner;
import io.admitone.server.security.TypedJwts;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import java.util.Optional;
import java.util.UUID;

/**
 * Signs and checks ticket passes: ES256 JWTs signed with the server's signing key, of type {@code ticket+jwt} and
 * with an issuer of their own, so that a pass is never taken for an access or admission token. A pass does not
 * expire: whether its ticket is still good is the order's business at check-in, not the pass's. Its claims are
 * fixed by the ticket (issued-at is the ticket's issue), so the same ticket always carries the same claims.
 */
final class TicketPasses implements TicketPassSigner, TicketPassVerifier {

    static final String TYPE = "ticket+jwt";
    static final String ISSUER_SUFFIX = "/tickets";

    private final String issuer;
    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;

    TicketPasses(JWK signingKey, String accessTokenIssuer) {
        this.issuer = accessTokenIssuer + ISSUER_SUFFIX;
        this.encoder = TypedJwts.encoder(signingKey);
        this.decoder = TypedJwts.decoder(signingKey, TYPE);
        decoder.setJwtValidator(new JwtIssuerValidator(issuer));
    }

    @Override
    public String sign(TicketPass pass) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(pass.ticketId().toString())
                .issuedAt(pass.issuedAt())
                .claim("org", pass.tenantId().toString())
                .claim("event", pass.eventId().toString())
                .claim("performance", pass.performanceId().toString())
                .claim("order", pass.orderId().toString())
                .claim("ticket_type", pass.ticketTypeId().toString())
                .claim("code", pass.code())
                .claims(seated -> {
                    if (pass.seat() != null) {
                        seated.put("seat", pass.seat());
                    }
                })
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.ES256).type(TYPE).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    @Override
    public Optional<TicketPass> verify(String qr) {
        if (qr == null || qr.isBlank()) {
            return Optional.empty();
        }
        try {
            Jwt jwt = decoder.decode(qr);
            return Optional.of(new TicketPass(TenantId.of(jwt.getClaimAsString("org")),
                    EventId.of(jwt.getClaimAsString("event")), PerformanceId.of(jwt.getClaimAsString("performance")),
                    OrderId.of(jwt.getClaimAsString("order")), UUID.fromString(jwt.getSubject()),
                    TicketTypeId.of(jwt.getClaimAsString("ticket_type")), jwt.getClaimAsString("seat"),
                    jwt.getClaimAsString("code"), jwt.getIssuedAt()));
        } catch (JwtException | IllegalArgumentException | NullPointerException invalid) {
            return Optional.empty();
        }
    }
}
