package io.admitone.admin.checkin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.admitone.admin.orders.Times;

import java.time.Instant;

/**
 * The last scan's verdict, big enough to read at arm's length: a coloured panel with an icon, a headline in words
 * and what it means. Screen readers hear it as it changes.
 */
class ScanVerdict extends Div {

    private final Span headline = new Span();
    private final Paragraph detail = new Paragraph();

    ScanVerdict() {
        setId("check-in-result");
        addClassName("check-in-verdict");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "assertive");
        headline.addClassName("check-in-headline");
        setVisible(false);
    }

    void show(CheckInAnswer answer, Times times, Instant now) {
        removeAll();
        setClassName("check-in-verdict");
        addClassName(answer.result().styleName());
        headline.setText(answer.result().headline());
        detail.setText(meaning(answer, times, now));
        add(answer.result().icon().create(), headline, detail);
        setVisible(true);
    }

    private static String meaning(CheckInAnswer answer, Times times, Instant now) {
        return switch (answer.result()) {
            case ADMITTED -> "Let in: " + place(answer) + ".";
            case ALREADY_USED -> "This ticket was first let in " + times.precisely(answer.usedAt(), now) + " ("
                    + place(answer) + ").";
            case INVALID -> "This is no valid ticket of this organisation. Do not let in.";
            case WRONG_PERFORMANCE -> "A valid ticket, but for another performance. It stays unused.";
        };
    }

    private static String place(CheckInAnswer answer) {
        return answer.seat() == null ? "standing" : "seat " + answer.seat();
    }
}
