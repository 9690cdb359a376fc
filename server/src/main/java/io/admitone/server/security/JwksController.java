package io.admitone.server.security;

import com.nimbusds.jose.jwk.JWKSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Publishes the public half of the signing key, so that integrators can verify tokens themselves. */
@RestController
class JwksController {

    private final JWKSet publicKeys;

    JwksController(JWKSet publicKeys) {
        this.publicKeys = publicKeys;
    }

    @GetMapping("/.well-known/jwks.json")
    Map<String, Object> jwks() {
        return publicKeys.toJSONObject(true);
    }
}
