package io.admitone.admin.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.UUID;

/**
 * An event's details as the event form edits them and the API takes them: the body of {@code POST .../events}, and
 * without the venue, which stays, of {@code PATCH .../events/{eventId}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventDetailsForm(String title, String category, UUID venueId, String description, List<String> tags,
                        String imageUrl) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_TAGS = 20;
    static final int MAX_IMAGE_URL = 2_048;
    static final String TAG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final List<String> CATEGORIES = List.of("classical", "comedy", "concert", "conference", "dance",
            "exhibition", "family", "festival", "film", "musical", "opera", "other", "party", "sport", "theatre",
            "workshop");

    static EventDetailsForm empty() {
        return new EventDetailsForm("", "concert", null, "", List.of(), "");
    }

    static EventDetailsForm of(EventDetail event) {
        return new EventDetailsForm(event.title(), event.category(), event.venueId(), event.description(),
                event.tags(), event.imageUrl());
    }

    /** The body to send: blanks left out, and the venue only when creating. */
    EventDetailsForm toRequest(boolean creating) {
        return new EventDetailsForm(title.strip(), category, creating ? venueId : null, blankToNull(description),
                tags, blankToNull(imageUrl));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
