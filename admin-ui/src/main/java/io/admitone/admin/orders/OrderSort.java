package io.admitone.admin.orders;

/** The orders of the order list, each one of the API's sort keys. */
enum OrderSort {
    NEWEST("Newest first", "-placedAt"),
    OLDEST("Oldest first", "placedAt"),
    RECENTLY_CHANGED("Recently changed", "-updatedAt"),
    HIGHEST_TOTAL("Highest total", "-total"),
    LOWEST_TOTAL("Lowest total", "total");

    private final String label;
    private final String key;

    OrderSort(String label, String key) {
        this.label = label;
        this.key = key;
    }

    String label() {
        return label;
    }

    String key() {
        return key;
    }
}
