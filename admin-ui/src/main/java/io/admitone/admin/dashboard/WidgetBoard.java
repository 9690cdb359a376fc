package io.admitone.admin.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.ui.Problems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The signed-in user's widgets on a CSS grid of twelve columns. Every change (add, remove, move, resize) is shown
 * and saved at once, so the next sign-in restores it.
 */
class WidgetBoard extends Div {

    private final WidgetRegistry registry;
    private final DashboardLayouts layouts;
    private final Map<String, WidgetFrame> frames = new HashMap<>();
    private Arrangement arrangement = new Arrangement();
    private Runnable afterChange = () -> {
    };

    WidgetBoard(WidgetRegistry registry, DashboardLayouts layouts) {
        this.registry = registry;
        this.layouts = layouts;
        setId("dashboard-board");
        addClassName("dashboard-board");
    }

    /** Shows the layout the user saved, without widgets that are gone or no longer theirs, or else the default. */
    void restore() {
        arrangement = layouts.saved()
                .map(saved -> Arrangement.of(saved.stream()
                        .filter(placed -> registry.offeredToSignedInUser(placed.type()).isPresent())
                        .toList()))
                .orElseGet(this::defaultArrangement);
        render();
    }

    /** Runs after every change the user makes, once it is shown. */
    void afterChange(Runnable listener) {
        afterChange = listener;
    }

    /** The widgets the user may add: those offered to them that are not on the board. */
    List<DashboardWidget> addable() {
        if (arrangement.isFull()) {
            return List.of();
        }
        return registry.offeredToSignedInUser().stream()
                .filter(widget -> !arrangement.contains(widget.type()))
                .toList();
    }

    void add(DashboardWidget widget) {
        change(board -> board.add(widget.type(), widget.defaultSize()));
    }

    void remove(String type) {
        change(board -> board.remove(type));
    }

    void move(String type, int steps) {
        change(board -> board.move(type, steps));
    }

    void moveTo(String type, String target) {
        change(board -> board.moveTo(type, target));
    }

    void resize(String type, int columns, int rows) {
        change(board -> board.resize(type, columns, rows));
    }

    private Arrangement defaultArrangement() {
        Arrangement standard = new Arrangement();
        registry.offeredToSignedInUser().forEach(widget -> standard.add(widget.type(), widget.defaultSize()));
        return standard;
    }

    private void change(Consumer<Arrangement> change) {
        change.accept(arrangement);
        render();
        afterChange.run();
        try {
            layouts.save(arrangement.placements());
        } catch (AdmitOneApiException e) {
            Problems.show(e);
        }
    }

    private void render() {
        List<io.admitone.kernel.dashboard.DashboardWidget> placements = arrangement.placements();
        frames.keySet().removeIf(type -> placements.stream().noneMatch(placed -> placed.type().equals(type)));
        List<Component> inOrder = placements.stream().map(this::place).map(Component.class::cast).toList();
        if (!getChildren().toList().equals(inOrder)) {
            removeAll();
            inOrder.forEach(this::add);
        }
    }

    private WidgetFrame place(io.admitone.kernel.dashboard.DashboardWidget placed) {
        WidgetFrame frame = frames.computeIfAbsent(placed.type(), type -> new WidgetFrame(
                registry.offeredToSignedInUser(type).orElseThrow(), this));
        frame.getStyle()
                .set("grid-column", placed.column() + " / span " + placed.width())
                .set("grid-row", placed.row() + " / span " + placed.height());
        return frame;
    }
}
