package io.admitone.server.storage;

import java.util.regex.Pattern;

/**
 * The name of a stored file: segments of letters, digits, dots, hyphens and underscores joined by {@code /}, each
 * starting with a letter or digit, so that no key can climb out of a local storage directory ({@code ..}) or mean
 * different files on different stores.
 */
public record FileKey(String value) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");
    private static final int MAX_LENGTH = 512;

    public FileKey {
        if (value == null || value.length() > MAX_LENGTH || !KEY.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a valid file key: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
