package io.admitone.benchmarks.onsale;

import io.admitone.benchmarks.common.Api;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the stadium through the API: 20 seated sections of 20 rows of 50 seats, each its own price zone, and a
 * standing field of 30,000; one performance on sale now; a ticket type per zone and one for the field.
 */
final class OnSaleSetup {

    static final int SECTIONS = 20;
    static final int ROWS = 20;
    static final int SEATS_PER_ROW = 50;
    static final int STANDING = 30_000;
    static final int CAPACITY = SECTIONS * ROWS * SEATS_PER_ROW + STANDING;

    private final Api api;

    OnSaleSetup(Api api) {
        this.api = api;
    }

    OnSale build(Duration atMost) throws InterruptedException {
        String org = Api.expect(201, api.post("/api/v1/orgs", Map.of("name", "Stadium", "slug", "stadium",
                "defaultCurrency", "EUR", "timeZone", "Europe/Berlin", "locale", "de-DE"), true)).id();
        String venue = Api.expect(201, api.post("/api/v1/orgs/" + org + "/venues", Map.of("name", "Stadium",
                "timeZone", "Europe/Berlin", "sections", sections()), true)).id();
        String events = "/api/v1/orgs/" + org + "/events";
        String event = Api.expect(201, api.post(events, Map.of("title", "On-sale benchmark", "category", "concert",
                "venueId", venue), true)).id();
        Instant startsAt = Instant.now().plus(Duration.ofDays(30));
        String performance = Api.expect(201, api.post(events + "/" + event + "/performances", Map.of(
                "startsAt", startsAt.toString(), "endsAt", startsAt.plus(Duration.ofHours(3)).toString(),
                "onSaleFrom", Instant.now().minus(Duration.ofDays(1)).toString(),
                "onSaleUntil", startsAt.toString()), true)).id();
        String standing = ticketType(events + "/" + event, "Field", "59.00", Map.of("section", "Field"));
        List<String> zones = new ArrayList<>();
        for (int section = 1; section <= SECTIONS; section++) {
            zones.add(ticketType(events + "/" + event, "Zone " + section, "89.00",
                    Map.of("priceZone", zone(section))));
        }
        Api.expect(204, api.post(events + "/" + event + "/publish", Map.of(), true));
        OnSale onSale = new OnSale(org, performance, standing, zones, CAPACITY);
        awaitAvailable(onSale, atMost);
        return onSale;
    }

    private String ticketType(String eventPath, String name, String amount, Map<String, Object> places) {
        Map<String, Object> terms = new HashMap<>(places);
        terms.put("name", name);
        terms.put("price", Map.of("amount", amount, "currency", "EUR"));
        return Api.expect(201, api.post(eventPath + "/ticket-types", terms, true)).id();
    }

    private void awaitAvailable(OnSale onSale, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (Instant.now().isBefore(deadline)) {
            Api.Response availability = api.get(onSale.availabilityPath(), false);
            JsonNode available = availability.status() == 200 ? availability.body().get("available") : null;
            if (available != null && available.asInt() == CAPACITY) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Availability did not show " + CAPACITY + " within " + atMost);
    }

    private static List<Map<String, Object>> sections() {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (int section = 1; section <= SECTIONS; section++) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int row = 1; row <= ROWS; row++) {
                rows.add(Map.of("label", Integer.toString(row), "seats", SEATS_PER_ROW));
            }
            sections.add(Map.of("name", "S" + section, "kind", "SEATED", "priceZone", zone(section), "rows", rows));
        }
        sections.add(Map.of("name", "Field", "kind", "STANDING", "capacity", STANDING));
        return sections;
    }

    static String zone(int section) {
        return "zone-" + section;
    }
}
