package io.admitone.admin.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a secret the server gives out only once (an API key, a webhook signing secret, an invitation token), with
 * what to do with it and a button that copies it, in a dialog that says it will not be shown again.
 */
public final class ShownOnce extends Dialog {

    private ShownOnce(String title, String label, String secret, String explanation) {
        setHeaderTitle(title);
        setId("shown-once");
        TextField value = new TextField(label);
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        value.setId("shown-once-value");
        Paragraph hint = new Paragraph(explanation + " It is shown this once: copy it now.");
        hint.addClassName("shown-once-hint");
        Button copy = new Button("Copy", click -> getElement().executeJs("navigator.clipboard.writeText($0)", secret));
        Button done = new Button("I have copied it", click -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        done.addClickShortcut(Key.ENTER);
        add(hint, value);
        getFooter().add(copy, done);
        setCloseOnOutsideClick(false);
        setWidth("min(36rem, 100vw)");
    }

    /** Opens the dialog showing {@code secret} under {@code label}, {@code explanation} saying what it is for. */
    public static ShownOnce open(String title, String label, String secret, String explanation) {
        ShownOnce dialog = new ShownOnce(title, label, secret, explanation);
        dialog.open();
        return dialog;
    }
}
