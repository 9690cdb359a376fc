package io.admitone.admin.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** One page of a list endpoint: its items and the cursor of the next page, null on the last one. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean isLast() {
        return nextCursor == null || nextCursor.isBlank();
    }
}
