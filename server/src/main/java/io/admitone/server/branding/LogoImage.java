package io.admitone.server.branding;

import io.admitone.kernel.Digests;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An uploaded logo checked to be the PNG, JPEG or WebP image that its content type says, by the signature its
 * bytes start with. SVG is refused: it can carry scripts. Its file name is its SHA-256 with the format's
 * extension, so one name always means the same bytes and can be cached for good.
 */
record LogoImage(String contentType, byte[] content) {

    static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{64}\\.(png|jpg|webp)");

    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/png", "png", "image/jpeg", "jpg", "image/webp", "webp");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] WEBP = {'W', 'E', 'B', 'P'};

    /** Rejects a content type other than the three with 415, and bytes that are not of that type with 422. */
    static LogoImage checked(String contentType, byte[] content) {
        if (!EXTENSIONS.containsKey(contentType)) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "A logo must be sent as image/png, image/jpeg or image/webp, not " + contentType);
        }
        boolean matches = switch (contentType) {
            case "image/png" -> startsWith(content, 0, PNG);
            case "image/jpeg" -> startsWith(content, 0, JPEG);
            default -> startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP);
        };
        if (!matches) {
            throw new InvalidLogo(contentType);
        }
        return new LogoImage(contentType, content);
    }

    String fileName() {
        return Digests.sha256Hex(content) + "." + EXTENSIONS.get(contentType);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        return content.length >= offset + signature.length
                && Arrays.equals(content, offset, offset + signature.length, signature, 0, signature.length);
    }
}
