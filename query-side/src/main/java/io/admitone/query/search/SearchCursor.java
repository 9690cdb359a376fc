package io.admitone.query.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Search results are ordered by relevance, which no id can resume from, so a search cursor is the number of
 * results before the next page, opaque to clients: URL-safe Base64 of {@code o:<offset>}.
 */
public final class SearchCursor {

    private static final String PREFIX = "o:";

    private SearchCursor() {
    }

    public static String after(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.US_ASCII));
    }

    /** The offset the cursor names; 0 for none. */
    public static int offset(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (decoded.startsWith(PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException notACursor) {
            // falls through to the rejection below
        }
        throw new IllegalArgumentException("Not a search cursor: " + cursor);
    }
}
