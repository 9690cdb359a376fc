package io.admitone.plugins.samplewidget;

import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.widget.WidgetContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CountdownTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2027-07-05T23:30:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({"2027-07-15, 10 days", "2027-07-06, 1 day", "2027-07-05, Today", "2027-07-01, Past"})
    void countsTheDaysLeftUntilTheOrganisationsDate(String date, String headline) {
        WidgetContent content = new Countdown(NOW).content(new OrganisationContext(UUID.randomUUID(),
                Map.of("title", "Summer festival", "date", date)));

        assertThat(content.headline()).isEqualTo(headline);
        assertThat(content.lines()).containsExactly(new WidgetContent.Line("Summer festival", date));
    }
}
