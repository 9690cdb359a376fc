package io.admitone.command.catalog.event;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an event says about itself, in canonical form. The category comes from a closed list, so that search facets
 * count "concert" once rather than beside "concerts" and "live-music"; tags are free slugs for everything else.
 */
record EventDetails(String title, String description, String category, List<String> tags, String imageUrl) {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_DESCRIPTION_LENGTH = 10_000;
    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 50;
    static final int MAX_IMAGE_URL_LENGTH = 2048;
    static final Set<String> CATEGORIES = Set.of("concert", "festival", "theatre", "musical", "opera", "classical",
            "dance", "comedy", "sport", "family", "exhibition", "conference", "workshop", "film", "party", "other");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static EventDetails validated(String title, String description, String category, List<String> tags,
                                  String imageUrl) {
        return new EventDetails(title(title), description(description), category(category), tags(tags),
                imageUrl(imageUrl));
    }

    private static String title(String title) {
        String stripped = title == null ? "" : title.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_TITLE_LENGTH) {
            throw new InvalidEventDetails("title", "1 to " + MAX_TITLE_LENGTH + " characters");
        }
        return stripped;
    }

    private static String description(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        if (description.strip().length() > MAX_DESCRIPTION_LENGTH) {
            throw new InvalidEventDetails("description", "at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return description.strip();
    }

    private static String category(String category) {
        String normalised = category == null ? "" : category.strip().toLowerCase(Locale.ROOT);
        if (!CATEGORIES.contains(normalised)) {
            throw new InvalidEventDetails("category", "one of " + CATEGORIES.stream().sorted().toList());
        }
        return normalised;
    }

    /** Tags are lower-cased and kept in the order given, each once. */
    private static List<String> tags(List<String> tags) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String candidate = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (candidate.length() > MAX_TAG_LENGTH || !SLUG.matcher(candidate).matches()) {
                throw new InvalidEventDetails("tags", "slugs of 1 to " + MAX_TAG_LENGTH
                        + " lower-case letters, digits and single hyphens, not '" + tag + "'");
            }
            normalised.add(candidate);
        }
        if (normalised.size() > MAX_TAGS) {
            throw new InvalidEventDetails("tags", "at most " + MAX_TAGS + " tags");
        }
        return List.copyOf(normalised);
    }

    private static String imageUrl(String imageUrl) {
        if (imageUrl == null || imageUrl.isBlank()) {
            return null;
        }
        String stripped = imageUrl.strip();
        if (stripped.length() > MAX_IMAGE_URL_LENGTH || !isAbsoluteHttps(stripped)) {
            throw new InvalidEventDetails("imageUrl", "an absolute https URL of at most " + MAX_IMAGE_URL_LENGTH
                    + " characters");
        }
        return stripped;
    }

    private static boolean isAbsoluteHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
