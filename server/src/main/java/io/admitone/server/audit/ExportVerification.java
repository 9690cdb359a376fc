package io.admitone.server.audit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.admitone.kernel.audit.AuditChain;
import io.admitone.kernel.audit.AuditedEvent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code audit verify-export}: checks a checkpoint's signature against a JWKS, then recomputes the chain over the
 * first {@code sequence} events of an unfiltered JSON lines export of the organisation's trail and compares its
 * head with the one the checkpoint signs. Needs no database and no running server.
 */
final class ExportVerification {

    private ExportVerification() {
    }

    static int run(Path export, Path checkpoint, Path jwks, PrintStream out) {
        try {
            SignedJWT jws = SignedJWT.parse(Files.readString(checkpoint).strip());
            boolean checkpointType = CheckpointJws.TYPE.equals(jws.getHeader().getType());
            if (!checkpointType || !signedByOneOf(jws, JWKSet.load(jwks.toFile()))) {
                out.println("NOT verified: the checkpoint is not signed by any key of " + jwks);
                return AuditCommandLine.BROKEN;
            }
            return compare(jws.getJWTClaimsSet(), export, out);
        } catch (IOException | ParseException unreadable) {
            throw new IllegalArgumentException("Cannot read the files: " + unreadable.getMessage());
        }
    }

    private static boolean signedByOneOf(SignedJWT jws, JWKSet keys) {
        String keyId = jws.getHeader().getKeyID();
        List<JWK> candidates = keys.getKeys().stream()
                .filter(key -> key instanceof ECKey && (keyId == null || keyId.equals(key.getKeyID()))).toList();
        for (JWK key : candidates) {
            try {
                if (jws.verify(new ECDSAVerifier(key.toECKey()))) {
                    return true;
                }
            } catch (JOSEException unusable) {
                // not this key; the next one may be
            }
        }
        return false;
    }

    private static int compare(JWTClaimsSet claims, Path export, PrintStream out) throws IOException, ParseException {
        long sequence = claims.getLongClaim(CheckpointJws.SEQUENCE);
        long position = claims.getLongClaim(CheckpointJws.POSITION);
        String signed = claims.getStringClaim(CheckpointJws.HASH);
        Optional<Head> head = recompute(export, sequence);
        if (head.isEmpty()) {
            out.println("NOT verified: the export holds fewer than the checkpoint's " + sequence + " events");
            return AuditCommandLine.BROKEN;
        }
        if (head.get().position() != position || !head.get().hash().equals(signed)) {
            out.printf("NOT verified: the export's first %d events end at position %d with hash %s; the checkpoint "
                    + "signs position %d with hash %s%n", sequence, head.get().position(), head.get().hash(),
                    position, signed);
            return AuditCommandLine.BROKEN;
        }
        out.printf("verified: organisation %s, %d events up to position %d, head %s, signed at %s%n",
                claims.getStringClaim(CheckpointJws.ORG), sequence, position, signed,
                claims.getStringClaim(CheckpointJws.CHECKED_AT));
        return AuditCommandLine.VERIFIED;
    }

    /** The head after the export's first {@code sequence} events; empty when the export holds fewer. */
    private static Optional<Head> recompute(Path export, long sequence) throws IOException {
        byte[] hash = AuditChain.genesis();
        long linked = 0;
        long position = -1;
        try (Stream<String> lines = Files.lines(export)) {
            for (String line : (Iterable<String>) lines.filter(text -> !text.isBlank()).limit(sequence)::iterator) {
                AuditedEvent event = ExportedLine.parse(line);
                hash = AuditChain.link(hash, event);
                position = event.position();
                linked++;
            }
        }
        return linked == sequence ? Optional.of(new Head(position, HexFormat.of().formatHex(hash))) : Optional.empty();
    }

    private record Head(long position, String hash) {
    }
}
