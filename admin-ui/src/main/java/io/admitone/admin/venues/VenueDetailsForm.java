package io.admitone.admin.venues;

/** What the new-venue form asks about the venue itself; its seat map is a list of {@link SectionDraft}s. */
public record VenueDetailsForm(String name, String timeZone, String city, String address) {

    static final int MAX_NAME = 200;
    static final int MAX_CITY = 100;
    static final int MAX_ADDRESS = 500;

    static VenueDetailsForm empty() {
        return new VenueDetailsForm("", "Europe/Berlin", "", "");
    }
}
