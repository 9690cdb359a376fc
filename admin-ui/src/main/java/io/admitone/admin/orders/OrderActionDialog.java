package io.admitone.admin.orders;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.admitone.admin.api.AdmitOneApiException;

/**
 * A dialog that changes an order for a stated reason, as the API asks for cancellations and refunds: Enter or the
 * confirm button sends it; the button stays disabled while the server works, and the dialog closes once it is done.
 */
abstract class OrderActionDialog extends Dialog {

    static final int REASON_MAX = 500;

    protected final TextField reason = new TextField("Reason");
    private final Button confirm;
    private final Runnable changed;

    OrderActionDialog(String title, String confirmText, Runnable changed) {
        this.changed = changed;
        setHeaderTitle(title);
        reason.setId("order-action-reason");
        reason.setMaxLength(REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        confirm = new Button(confirmText, click -> confirm());
        confirm.setId("order-action-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Close", click -> close()), confirm);
    }

    /** Binds the reason as the API validates it: required, at most 500 characters. */
    static <T> Binder.Binding<T, String> bindReason(Binder<T> binder, TextField reason) {
        return binder.forField(reason).asRequired("Say why")
                .withValidator(new StringLengthValidator("At most " + REASON_MAX + " characters", 1, REASON_MAX))
                .bind("reason");
    }

    /** Sends the change if the form is valid; false when nothing was sent. */
    protected abstract boolean send();

    /** Shows what the server refused next to the fields it concerns. */
    protected abstract void showRefusal(AdmitOneApiException refusal);

    private void confirm() {
        try {
            if (send()) {
                close();
                changed.run();
            }
        } catch (AdmitOneApiException e) {
            showRefusal(e);
        } finally {
            confirm.setEnabled(true);
        }
    }
}
