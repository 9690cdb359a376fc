package io.admitone.server.audit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.admitone.query.audit.chain.CheckpointClaims;
import io.admitone.query.audit.chain.CheckpointSigner;
import io.admitone.server.security.SecurityProperties;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * Signs checkpoints as ES256 JWS with the key that signs access tokens, whose public half
 * {@code /.well-known/jwks.json} publishes, so that anyone can check a checkpoint without AdmitOne's help.
 */
@Component
class JwsCheckpointSigner implements CheckpointSigner {

    private final ECKey key;
    private final String issuer;

    JwsCheckpointSigner(JWK signingKey, SecurityProperties security) {
        this.key = signingKey.toECKey();
        this.issuer = security.issuer();
    }

    @Override
    public String sign(CheckpointClaims checkpoint) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .issueTime(Date.from(checkpoint.checkedAt()))
                .claim(CheckpointJws.ORG, checkpoint.org().toString())
                .claim(CheckpointJws.SEQUENCE, checkpoint.sequence())
                .claim(CheckpointJws.POSITION, checkpoint.position())
                .claim(CheckpointJws.HASH, checkpoint.hash())
                .claim(CheckpointJws.CHECKED_AT, checkpoint.checkedAt().toString())
                .build();
        SignedJWT jws = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(CheckpointJws.TYPE).build(), claims);
        try {
            jws.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an audit checkpoint", e);
        }
        return jws.serialize();
    }
}
