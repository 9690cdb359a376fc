package io.admitone.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/** Finds the key that signs access tokens: configured, or a development key generated once and kept. */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static JWK configured(String json) {
        try {
            JWK key = JWK.parse(json);
            if (!(key instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve()) || !key.isPrivate()) {
                throw new IllegalStateException("admitone.security.jwt.signing-key must be a private EC P-256 key");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("admitone.security.jwt.signing-key is not a JSON Web Key: " + e.getMessage());
        }
    }

    static JWK development(Path file) {
        try {
            if (Files.exists(file)) {
                return JWK.parse(Files.readString(file));
            }
            JWK key = generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, key.toJSONString());
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            log.info("Generated a development signing key for access tokens in {}", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the development signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The development signing key in " + file + " is unusable", e);
        }
    }

    /** A new private EC P-256 key, as {@code java -jar admitone-server.jar --generate-signing-key} prints it. */
    public static JWK generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }
}
