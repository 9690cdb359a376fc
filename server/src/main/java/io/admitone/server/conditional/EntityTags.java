package io.admitone.server.conditional;

import org.springframework.core.io.buffer.DataBuffer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Weak entity tags made from a representation's bytes, and the weak comparison of RFC 9110: two reads of an
 * unchanged resource give the same JSON, hence the same tag, on any instance.
 */
final class EntityTags {

    private static final int TAG_BYTES = 18;

    private EntityTags() {
    }

    static String of(DataBuffer body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (DataBuffer.ByteBufferIterator buffers = body.readableByteBuffers()) {
                buffers.forEachRemaining(sha256::update);
            }
            byte[] digest = Arrays.copyOf(sha256.digest(), TAG_BYTES);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /** Whether one of the tags of an {@code If-None-Match} or {@code If-Match} header names {@code tag}. */
    static boolean anyMatches(List<String> headerValues, String tag) {
        return headerValues.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .anyMatch(candidate -> candidate.equals("*") || opaque(candidate).equals(opaque(tag)));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
