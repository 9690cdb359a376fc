package io.admitone.query.search;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many of the matching events (all pages) fall in each value of a facet, with every filter applied:
 * {@code category}, {@code city}, {@code month} (of the first performance, {@code YYYY-MM} in UTC),
 * {@code priceBand} ({@code under-25}, {@code 25-to-50}, {@code 50-to-100}, {@code 100-and-over}) and
 * {@code availability} ({@code available}, {@code sold-out}). Values without events are left out; keys are sorted.
 */
public record EventSearchFacets(Map<String, Long> category, Map<String, Long> city, Map<String, Long> month,
                                Map<String, Long> priceBand, Map<String, Long> availability) {

    public static final String AVAILABLE = "available";
    public static final String SOLD_OUT = "sold-out";

    public EventSearchFacets {
        category = sorted(category);
        city = sorted(city);
        month = sorted(month);
        priceBand = sorted(priceBand);
        availability = sorted(availability);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
