package io.admitone.query.search;

import io.admitone.kernel.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published event found by a search: {@code startsAt}/{@code endsAt} span its performances that are not
 * cancelled (null while there are none), {@code fromPrice} is its lowest visible price (null while there is none),
 * {@code available} says whether any place is neither held nor sold.
 */
public record EventSearchHit(UUID id, String title, String description, String category, List<String> tags,
                             String venueName, String city, Instant startsAt, Instant endsAt, Money fromPrice,
                             boolean available) {

    public EventSearchHit {
        tags = List.copyOf(tags);
    }
}
