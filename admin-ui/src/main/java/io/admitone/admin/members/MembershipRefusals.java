package io.admitone.admin.members;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.Problem;
import io.admitone.admin.ui.Problems;

import java.util.Map;
import java.util.Optional;

/**
 * Says in plain words why the server refused a change of membership. Its own details name users and organisations
 * by id; here they are named by who the change was about, with what to do instead.
 */
final class MembershipRefusals {

    private MembershipRefusals() {
    }

    static void show(AdmitOneApiException failure, String who, Map<String, ? extends HasValidation> fields) {
        explanation(failure, who).ifPresentOrElse(explanation -> {
            Notification notification = Notification.show(explanation, 8000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.ERROR);
            notification.setId("membership-refused");
        }, () -> Problems.show(failure, fields));
    }

    static Optional<String> explanation(AdmitOneApiException failure, String who) {
        return failure.problem().map(Problem::code).map(code -> switch (code) {
            case "last-owner" -> who + " is the organisation's only owner. Make another member an owner first.";
            case "already-a-member" -> who + " is already a member with other roles. Change their roles instead.";
            case "user-disabled" -> who + " has a disabled account; a platform admin disabled it.";
            default -> null;
        });
    }
}
