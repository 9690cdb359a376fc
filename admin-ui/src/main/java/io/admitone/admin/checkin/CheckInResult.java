package io.admitone.admin.checkin;

import com.vaadin.flow.component.icon.VaadinIcon;

/** The server's verdict on a scan, with the words and the signal the door shows for it. */
enum CheckInResult {
    ADMITTED("Admitted", VaadinIcon.CHECK_CIRCLE),
    ALREADY_USED("Already used", VaadinIcon.EXCLAMATION_CIRCLE),
    INVALID("Invalid ticket", VaadinIcon.CLOSE_CIRCLE),
    WRONG_PERFORMANCE("Wrong performance", VaadinIcon.WARNING);

    private final String headline;
    private final VaadinIcon icon;

    CheckInResult(String headline, VaadinIcon icon) {
        this.headline = headline;
        this.icon = icon;
    }

    String headline() {
        return headline;
    }

    VaadinIcon icon() {
        return icon;
    }

    String styleName() {
        return "check-in-" + name().toLowerCase().replace('_', '-');
    }
}
