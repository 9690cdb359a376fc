package io.admitone.benchmarks.onsale;

import java.util.List;

/** The performance on sale and what buyers ask for: the standing ticket type and one ticket type per seated zone. */
record OnSale(String org, String performance, String standing, List<String> zones, int capacity) {

    String holdsPath() {
        return "/api/v1/orgs/" + org + "/performances/" + performance + "/holds";
    }

    String availabilityPath() {
        return "/api/v1/orgs/" + org + "/performances/" + performance + "/availability";
    }
}
