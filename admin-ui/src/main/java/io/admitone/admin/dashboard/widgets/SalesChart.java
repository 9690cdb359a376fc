package io.admitone.admin.dashboard.widgets;

import org.springframework.web.util.HtmlUtils;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws gross sales per day as an SVG bar chart on the server: one bar a day, the highest labelled, with a title and
 * an aria-label that say in words what the bars show, for screen readers.
 */
final class SalesChart {

    private static final int WIDTH = 600;
    private static final int HEIGHT = 200;
    private static final int AXIS = 20;

    private SalesChart() {
    }

    /** The chart of {@code grossByDay} (days without sales count as zero) over the days {@code from} to {@code to}. */
    static String svg(Map<LocalDate, BigDecimal> grossByDay, LocalDate from, LocalDate to, String currency) {
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        BigDecimal highest = grossByDay.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal total = grossByDay.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        String summary = summary(grossByDay, from, to, currency, highest, total);
        double slot = (double) WIDTH / days.size();
        List<String> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            BigDecimal gross = grossByDay.getOrDefault(days.get(i), BigDecimal.ZERO);
            double height = highest.signum() == 0 ? 0 : gross.divide(highest, 6, RoundingMode.HALF_UP)
                    .doubleValue() * (HEIGHT - 2 * AXIS);
            bars.add("<rect class=\"sales-chart-bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %s %s</title></rect>"
                    .formatted(i * slot + 1, HEIGHT - AXIS - height, slot - 2, height, days.get(i),
                            gross.toPlainString(), escape(currency)));
        }
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="%s" class="sales-chart">\
                <title>%s</title>\
                <line class="sales-chart-axis" x1="0" y1="%d" x2="%d" y2="%d"/>%s\
                <text class="sales-chart-label" x="0" y="%d">%s</text>\
                <text class="sales-chart-label" x="%d" y="%d" text-anchor="end">%s</text>\
                <text class="sales-chart-label" x="0" y="12">%s %s</text>\
                </svg>""".formatted(WIDTH, HEIGHT, summary, summary, HEIGHT - AXIS, WIDTH, HEIGHT - AXIS,
                String.join("", bars), HEIGHT - 4, from, WIDTH, HEIGHT - 4, to, highest.toPlainString(),
                escape(currency));
    }

    private static String summary(Map<LocalDate, BigDecimal> grossByDay, LocalDate from, LocalDate to,
                                  String currency, BigDecimal highest, BigDecimal total) {
        String range = "Gross sales per day from " + from + " to " + to + ": ";
        if (highest.signum() == 0) {
            return escape(range + "no sales.");
        }
        LocalDate best = grossByDay.entrySet().stream().filter(day -> day.getValue().compareTo(highest) == 0)
                .map(Map.Entry::getKey).min(LocalDate::compareTo).orElseThrow();
        return escape(range + total.toPlainString() + " " + currency + " in all, the most "
                + highest.toPlainString() + " " + currency + " on " + best + ".");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
