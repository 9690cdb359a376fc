package io.admitone.query.finance.reports;

import io.admitone.kernel.money.Money;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A report as a table, as every file format has it: the grouping's columns (named like the JSON's fields), then
 * {@code currency} and the figures as plain decimal amounts; one row of text cells per line.
 */
public record SalesTable(List<String> columns, List<List<String>> rows) {

    private static final List<Column> FIGURES = List.of(new Column("currency", SalesLine::currency),
            money("gross", SalesLine::gross), money("refunds", SalesLine::refunds), money("tax", SalesLine::tax),
            money("fees", SalesLine::fees), money("net", SalesLine::net));
    private static final List<Column> EVENT = List.of(new Column("eventId", SalesLine::eventId),
            new Column("eventTitle", SalesLine::eventTitle));

    public SalesTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    static SalesTable of(SalesReport report, SalesGrouping grouping) {
        List<Column> columns = Stream.concat(dimensions(grouping).stream(), FIGURES.stream()).toList();
        return new SalesTable(columns.stream().map(Column::name).toList(), report.lines().stream()
                .map(line -> columns.stream().map(column -> column.valueOf(line)).toList()).toList());
    }

    private static List<Column> dimensions(SalesGrouping grouping) {
        return switch (grouping) {
            case ORGANISATION -> List.of();
            case EVENT -> EVENT;
            case PERFORMANCE -> Stream.concat(EVENT.stream(), Stream.of(
                    new Column("performanceId", SalesLine::performanceId),
                    new Column("performanceStartsAt", SalesLine::performanceStartsAt))).toList();
            case TICKET_TYPE -> Stream.concat(EVENT.stream(), Stream.of(
                    new Column("ticketTypeId", SalesLine::ticketTypeId),
                    new Column("ticketTypeName", SalesLine::ticketTypeName))).toList();
            case DAY -> List.of(new Column("day", SalesLine::day));
        };
    }

    private static Column money(String name, Function<SalesLine, Money> figure) {
        return new Column(name, line -> figure.apply(line).amount().toPlainString());
    }

    private record Column(String name, Function<SalesLine, Object> value) {

        String valueOf(SalesLine line) {
            return Objects.toString(value.apply(line), "");
        }
    }
}
