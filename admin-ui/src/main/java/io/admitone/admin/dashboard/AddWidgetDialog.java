package io.admitone.admin.dashboard;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;

import java.util.List;
import java.util.function.Consumer;

/** Lets the user pick one of the widgets that are not on their board yet and add it. */
class AddWidgetDialog extends Dialog {

    private final Select<DashboardWidget> choice = new Select<>();

    AddWidgetDialog(List<DashboardWidget> addable, Consumer<DashboardWidget> adding) {
        setHeaderTitle("Add a widget");
        choice.setId("dashboard-widget-choice");
        choice.setLabel("Widget");
        choice.setItems(addable);
        choice.setItemLabelGenerator(DashboardWidget::title);
        choice.setRequiredIndicatorVisible(true);
        choice.setValue(addable.getFirst());
        add(choice);

        Button add = new Button("Add", click -> {
            if (choice.getValue() != null) {
                adding.accept(choice.getValue());
                close();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), add);
    }
}
