package io.admitone.admin.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.Problem;
import io.admitone.admin.session.AdminSession;

import java.util.List;
import java.util.Map;

/**
 * Shows what went wrong with a call to the server: each invalid field's message next to that field, the rest as an
 * error notification, and an ended session as a return to the sign-in page.
 */
public final class Problems {

    private Problems() {
    }

    /** Shows a failed call that was not about any field of a form. */
    public static void show(AdmitOneApiException failure) {
        show(failure, Map.of());
    }

    /**
     * Shows a failed call of a form: {@code fields} maps the names the API gives fields ({@code title},
     * {@code terms.price}) to the form's inputs, which are marked invalid with the server's message.
     */
    public static void show(AdmitOneApiException failure, Map<String, ? extends HasValidation> fields) {
        if (failure.signedOut()) {
            AdminSession.signOut();
            UI.getCurrent().getPage().setLocation("login");
            return;
        }
        fields.values().forEach(field -> field.setInvalid(false));
        boolean shownAtFields = false;
        for (Problem.FieldProblem invalid : failure.problem().map(Problem::errors).orElse(List.of())) {
            HasValidation field = fields.get(invalid.field());
            if (field != null) {
                field.setErrorMessage(invalid.message());
                field.setInvalid(true);
                shownAtFields = true;
            }
        }
        if (!shownAtFields) {
            shownAtFields = showAtFieldTheRuleNames(failure, fields);
        }
        if (!shownAtFields) {
            Notification notification = Notification.show(failure.getMessage(), 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    /**
     * A business rule's rejection (422) has no field list, but its detail begins with the field it is about
     * ({@code primaryColour must be a colour written #rrggbb}, {@code url's host ... resolves to ...}).
     */
    private static boolean showAtFieldTheRuleNames(AdmitOneApiException failure,
                                                   Map<String, ? extends HasValidation> fields) {
        String detail = failure.problem().filter(problem -> problem.status() == 422).map(Problem::detail).orElse("");
        for (Map.Entry<String, ? extends HasValidation> field : fields.entrySet()) {
            if (detail.startsWith(field.getKey() + " ") || detail.startsWith(field.getKey() + "'s ")) {
                field.getValue().setErrorMessage(detail);
                field.getValue().setInvalid(true);
                return true;
            }
        }
        return false;
    }
}
