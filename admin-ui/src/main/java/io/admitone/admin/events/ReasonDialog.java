package io.admitone.admin.events;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.ui.Problems;
import org.springframework.http.HttpMethod;

import java.util.Map;

/** Confirms a cancellation, which is final, and asks for the reason the API records with it. */
class ReasonDialog extends Dialog {

    private record Cancellation(String reason) {
    }

    private static final int MAX_REASON = 500;

    private final TextArea reason = new TextArea("Reason");

    ReasonDialog(AdmitOneApiClient api, String what, ApiPath cancel, Runnable cancelled) {
        setHeaderTitle("Cancel " + what + "?");
        setId("cancel-dialog");
        reason.setRequired(true);
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        Button confirm = new Button("Confirm cancellation", click -> {
            try {
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage("Say why it is cancelled");
                    reason.setInvalid(true);
                    return;
                }
                api.send(HttpMethod.POST, cancel, new Cancellation(reason.getValue().strip()));
                close();
                cancelled.run();
            } catch (AdmitOneApiException e) {
                Problems.show(e, Map.of("reason", reason));
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickShortcut(Key.ENTER);
        add(new Paragraph("A cancellation is final: it cannot be undone."), reason);
        getFooter().add(new Button("Keep " + what, click -> close()), confirm);
    }
}
