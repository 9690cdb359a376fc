package io.admitone.server.onsale;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.admitone.server.onsale.Scanning.bought;
import static org.assertj.core.api.Assertions.assertThat;

/** Each ticket carries a pass signed by the server, which a scanner checks with the published keys alone. */
class TicketQrTest extends ServerIntegrationTest {

    private OnSaleFixture onSale;

    @BeforeEach
    void aPerformanceOnSale() {
        onSale = OnSaleFixture.onSale(admin, http, createOrganisation("ticket-qr"));
    }

    @Test
    void aScannerVerifiesThePassWithTheJwksAloneAndReadsTheTicketFromIt() throws Exception {
        JsonNode hold = onSale.held(onSale.hold(Map.of(
                "items", List.of(Map.of("ticketTypeId", onSale.floor(), "quantity", 1)),
                "seats", List.of(Map.of("seat", "A-1-3", "ticketTypeId", onSale.front())))));
        Scanning.Bought order = bought(onSale, hold);

        for (JsonNode ticket : order.tickets()) {
            SignedJWT pass = SignedJWT.parse(ticket.get("qr").asString());
            assertThat(pass.verify(new ECDSAVerifier(publishedKey()))).isTrue();
            assertThat(pass.getHeader().getType().getType()).isEqualTo("ticket+jwt");
            JWTClaimsSet claims = pass.getJWTClaimsSet();
            assertThat(claims.getIssuer()).endsWith("/tickets");
            assertThat(claims.getSubject()).isEqualTo(ticket.get("ticketId").asString());
            assertThat(claims.getStringClaim("org")).isEqualTo(onSale.org());
            assertThat(claims.getStringClaim("event")).isEqualTo(onSale.event());
            assertThat(claims.getStringClaim("performance")).isEqualTo(onSale.performance());
            assertThat(claims.getStringClaim("order")).isEqualTo(order.orderId());
            assertThat(claims.getStringClaim("ticket_type")).isEqualTo(ticket.get("ticketTypeId").asString());
            assertThat(claims.getStringClaim("seat")).isEqualTo(ticket.get("seat").isNull() ? null : "A-1-3");
            assertThat(claims.getStringClaim("code")).isEqualTo(ticket.get("code").asString());
            assertThat(claims.getIssueTime()).isNotNull();
            assertThat(claims.getExpirationTime()).isNull();
        }
    }

    @Test
    void aPassWithAlteredClaimsFailsVerification() throws Exception {
        Scanning.Bought order = bought(onSale, onSale.held(onSale.holdSeats("A-1-4")));
        String[] parts = order.qr().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("A-1-4", "A-1-5");
        String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(JWSObject.parse(altered).verify(new ECDSAVerifier(publishedKey()))).isFalse();
    }

    @Test
    void aPassIsNoAccessToken() {
        Scanning.Bought order = bought(onSale, onSale.held(onSale.holdSeats("A-1-8")));

        http.get().uri("/api/v1/orgs/{org}", onSale.org())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + order.qr())
                .exchange().expectStatus().isUnauthorized();
    }

    private ECKey publishedKey() throws Exception {
        String jwks = http.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return JWKSet.parse(jwks).getKeys().getFirst().toECKey();
    }
}
