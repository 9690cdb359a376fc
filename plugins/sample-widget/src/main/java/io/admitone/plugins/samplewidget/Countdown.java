package io.admitone.plugins.samplewidget;

import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.widget.DashboardWidget;
import io.admitone.plugin.api.widget.WidgetContent;
import org.pf4j.Extension;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The days left until the organisation's date (its {@code title} and {@code date} settings), counted in UTC. */
@Extension
public class Countdown implements DashboardWidget {

    private final Clock clock;

    public Countdown() {
        this(Clock.systemUTC());
    }

    Countdown(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "countdown";
    }

    @Override
    public String title() {
        return "Countdown";
    }

    @Override
    public WidgetContent content(OrganisationContext organisation) {
        String title = organisation.setting("title", "The day");
        LocalDate date = LocalDate.parse(organisation.setting("date", LocalDate.now(clock).toString()));
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(ZoneOffset.UTC)), date);
        String headline = days > 1 ? days + " days" : days == 1 ? "1 day" : days == 0 ? "Today" : "Past";
        return new WidgetContent(headline, List.of(new WidgetContent.Line(title, date.toString())));
    }
}
