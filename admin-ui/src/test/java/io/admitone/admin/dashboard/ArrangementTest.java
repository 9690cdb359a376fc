package io.admitone.admin.dashboard;

import io.admitone.kernel.dashboard.DashboardWidget;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ArrangementTest {

    @Test
    void widgetsFillARowOfTwelveColumnsBeforeTheNextRow() {
        Arrangement board = board("a", 4, 1, "b", 8, 2, "c", 6, 1);

        assertThat(board.placements()).containsExactly(
                new DashboardWidget("a", 1, 1, 4, 1), new DashboardWidget("b", 5, 1, 8, 2),
                new DashboardWidget("c", 1, 3, 6, 1));
    }

    @Test
    void aWidgetNeverLandsBeforeTheOneItFollows() {
        Arrangement board = board("tall", 6, 3, "wide", 12, 1, "small", 3, 1);

        assertThat(board.placements()).containsExactly(
                new DashboardWidget("tall", 1, 1, 6, 3), new DashboardWidget("wide", 1, 4, 12, 1),
                new DashboardWidget("small", 1, 5, 3, 1));
    }

    @Test
    void aSavedLayoutIsReadInTheOrderOfItsPlaces() {
        Arrangement board = Arrangement.of(List.of(new DashboardWidget("second", 7, 1, 6, 1),
                new DashboardWidget("third", 1, 2, 12, 1), new DashboardWidget("first", 1, 1, 6, 1)));

        assertThat(board.tiles()).extracting(Arrangement.Tile::type).containsExactly("first", "second", "third");
    }

    @Test
    void droppingAWidgetOnAnotherPutsItInThatOnesPlace() {
        Arrangement board = board("a", 4, 1, "b", 4, 1, "c", 4, 1);

        board.moveTo("c", "a");

        assertThat(board.tiles()).extracting(Arrangement.Tile::type).containsExactly("c", "a", "b");
    }

    @Test
    void movesAndSizesStopAtTheEdgesOfTheBoard() {
        Arrangement board = board("a", 12, 6, "b", 1, 1);

        board.move("a", -1);
        board.move("b", 5);
        board.resize("a", 1, 1);
        board.resize("b", -1, -1);

        assertThat(board.placements()).containsExactly(
                new DashboardWidget("a", 1, 1, 12, 6), new DashboardWidget("b", 1, 7, 1, 1));
    }

    @Test
    void aBoardHoldsTwentyFourWidgetsEachOnce() {
        Arrangement board = new Arrangement();
        IntStream.range(0, 30).forEach(i -> board.add("w" + i, new WidgetSize(1, 1)));
        board.add("w0", new WidgetSize(2, 2));

        assertThat(board.tiles()).hasSize(Arrangement.MAX_WIDGETS);
        assertThat(board.isFull()).isTrue();
        assertThat(board.tiles().getFirst().size()).isEqualTo(new WidgetSize(1, 1));
    }

    @Test
    void aChangeThatWouldPlaceAWidgetBelowTheHundredthRowIsUndone() {
        Arrangement board = new Arrangement();
        IntStream.range(0, 20).forEach(i -> board.add("w" + i, new WidgetSize(12, 6)));

        assertThat(board.tiles()).hasSize(17);
        assertThat(board.placements().getLast().row()).isEqualTo(97);

        board.resize("w0", 0, -5);
        board.add("w17", new WidgetSize(12, 6));
        board.resize("w0", 0, 5);

        assertThat(board.tiles()).extracting(Arrangement.Tile::size).first().isEqualTo(new WidgetSize(12, 1));
    }

    private static Arrangement board(Object... typesAndSizes) {
        Arrangement board = new Arrangement();
        for (int i = 0; i < typesAndSizes.length; i += 3) {
            board.add((String) typesAndSizes[i], new WidgetSize((int) typesAndSizes[i + 1], (int) typesAndSizes[i + 2]));
        }
        return board;
    }
}
