package io.admitone.admin.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.ui.Problems;

/**
 * One widget on the board: its heading, the controls that move and resize it from the keyboard, and its content.
 * The whole frame can also be dragged and dropped on another widget to take that one's place.
 */
class WidgetFrame extends Section {

    private final DashboardWidget widget;

    WidgetFrame(DashboardWidget widget, WidgetBoard board) {
        this.widget = widget;
        setId("widget-" + widget.type());
        addClassName("dashboard-widget");
        getElement().setAttribute("aria-label", widget.title());
        H3 title = new H3(widget.title());
        Div controls = new Div(
                control(VaadinIcon.ARROW_LEFT, "Move " + widget.title() + " earlier", () -> board.move(type(), -1)),
                control(VaadinIcon.ARROW_RIGHT, "Move " + widget.title() + " later", () -> board.move(type(), 1)),
                control(VaadinIcon.CHEVRON_LEFT_SMALL, "Make " + widget.title() + " narrower",
                        () -> board.resize(type(), -1, 0)),
                control(VaadinIcon.CHEVRON_RIGHT_SMALL, "Make " + widget.title() + " wider",
                        () -> board.resize(type(), 1, 0)),
                control(VaadinIcon.CHEVRON_UP_SMALL, "Make " + widget.title() + " shorter",
                        () -> board.resize(type(), 0, -1)),
                control(VaadinIcon.CHEVRON_DOWN_SMALL, "Make " + widget.title() + " taller",
                        () -> board.resize(type(), 0, 1)),
                control(VaadinIcon.CLOSE_SMALL, "Remove " + widget.title(), () -> board.remove(type())));
        controls.addClassName("dashboard-widget-controls");
        Header header = new Header(title, controls);
        Div content = new Div(content());
        content.addClassName("dashboard-widget-content");
        add(header, content);
        DragSource.create(this);
        DropTarget.create(this).addDropListener(drop -> drop.getDragSourceComponent()
                .filter(WidgetFrame.class::isInstance)
                .map(source -> ((WidgetFrame) source).type())
                .ifPresent(dragged -> board.moveTo(dragged, type())));
    }

    String type() {
        return widget.type();
    }

    private Component content() {
        try {
            return widget.create();
        } catch (AdmitOneApiException e) {
            if (e.signedOut()) {
                Problems.show(e);
            }
            Paragraph failure = new Paragraph(e.getMessage());
            failure.addClassName("dashboard-widget-failure");
            return failure;
        }
    }

    private static Button control(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
