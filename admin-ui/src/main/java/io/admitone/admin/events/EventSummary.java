package io.admitone.admin.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.admitone.kernel.catalog.event.EventStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event as the events list shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record EventSummary(UUID id, String title, String category, List<String> tags, EventStatus status,
                    Instant firstStartsAt) {

    EventSummary {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
