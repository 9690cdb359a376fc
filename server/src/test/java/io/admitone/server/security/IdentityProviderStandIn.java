package io.admitone.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small but real OpenID Connect issuer for tests, shaped like a Keycloak realm: it serves its discovery
 * document and its key set over HTTP, and signs tokens with its RSA key (RS256). It can be taken down (it then
 * answers 503) and brought up again, and it counts the requests it gets.
 */
public final class IdentityProviderStandIn implements AutoCloseable {

    public static final String AUDIENCE = "admitone";
    private static final String REALM = "/realms/staff";

    private final HttpServer server;
    private final RSAKey key = newKey();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean up = true;

    private IdentityProviderStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public static IdentityProviderStandIn start() {
        try {
            return new IdentityProviderStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
    }

    /** The claims of a valid access token for this e-mail: verified, for AdmitOne, five minutes to go. */
    public JWTClaimsSet.Builder claims(String email) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(UUID.randomUUID().toString())
                .audience(List.of(AUDIENCE, "account"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("email", email)
                .claim("email_verified", true);
    }

    public String sign(JWTClaimsSet.Builder claims) {
        return sign(key, claims);
    }

    /** Signs with any RSA key, under the key id of the given one. */
    public static String sign(RSAKey with, JWTClaimsSet.Builder claims) {
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims.build());
        try {
            token.sign(new RSASSASigner(with));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    public RSAKey key() {
        return key;
    }

    public void goDown() {
        up = false;
    }

    public void comeUp() {
        up = true;
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An RSA key as an identity provider has one; {@code keyId} lets a forger reuse the provider's key id. */
    public static RSAKey newKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        return newKey(UUID.randomUUID().toString());
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        if (!up) {
            respond(exchange, 503, Map.of("error", "temporarily_unavailable"));
        } else if (path.equals(REALM + "/.well-known/openid-configuration")) {
            respond(exchange, 200, discovery());
        } else if (path.equals(REALM + "/protocol/openid-connect/certs")) {
            respond(exchange, 200, new JWKSet(key.toPublicJWK()).toJSONObject(true));
        } else {
            respond(exchange, 404, Map.of("error", "not_found"));
        }
    }

    private Map<String, Object> discovery() {
        return Map.of(
                "issuer", issuer(),
                "authorization_endpoint", issuer() + "/protocol/openid-connect/auth",
                "token_endpoint", issuer() + "/protocol/openid-connect/token",
                "jwks_uri", issuer() + "/protocol/openid-connect/certs",
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "id_token_signing_alg_values_supported", List.of("RS256"));
    }

    private static void respond(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] json = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, json.length);
        try (var out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
