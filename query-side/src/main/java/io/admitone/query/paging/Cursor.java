package io.admitone.query.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page ended: the sort it was read in, the sort key of its last item and that item's id. Encoded as
 * URL-safe base64 so that clients treat it as opaque; the key is kept as text and cast back by PostgreSQL.
 */
record Cursor(String sort, String key, UUID id) {

    private static final String SEPARATOR = "\u001f";

    String encode() {
        String raw = String.join(SEPARATOR, sort, key, id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (parts.length != 3) {
                throw malformed();
            }
            return new Cursor(parts[0], parts[1], UUID.fromString(parts[2]));
        } catch (IllegalArgumentException notACursor) {
            throw malformed();
        }
    }

    private static InvalidParameter malformed() {
        return new InvalidParameter("cursor", "Not a cursor of this list; pass a nextCursor back unchanged");
    }
}
