package io.admitone.admin.reports;

/** What one line of a sales report is for, named as the API names it in {@code groupBy}. */
public enum Grouping {
    ORGANISATION("organisation", "Organisation"),
    EVENT("event", "Event"),
    PERFORMANCE("performance", "Performance"),
    TICKET_TYPE("ticket-type", "Ticket type"),
    DAY("day", "Day");

    private final String apiName;
    private final String label;

    Grouping(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    String apiName() {
        return apiName;
    }

    String label() {
        return label;
    }
}
