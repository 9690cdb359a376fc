package io.admitone.admin.settings;

import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A colour written {@code #rrggbb}, typed or picked: a text field with the browser's own colour picker in front,
 * the two kept in step. Both are plain HTML, so no frontend build is needed.
 */
class ColourField extends TextField {

    private final Input picker = new Input();

    ColourField(String label) {
        super(label);
        setPlaceholder("#rrggbb");
        setMaxLength(7);
        setClearButtonVisible(true);
        picker.setType("color");
        picker.addClassName("colour-picker");
        picker.getElement().setAttribute("aria-label", label + " picker");
        picker.addValueChangeListener(picked -> {
            if (picked.isFromClient()) {
                setValue(picked.getValue());
            }
        });
        addValueChangeListener(typed -> picker.setValue(
                SettingsRules.isColour(typed.getValue()) && !typed.getValue().isEmpty() ? typed.getValue() : "#000000"));
        setPrefixComponent(picker);
    }
}
