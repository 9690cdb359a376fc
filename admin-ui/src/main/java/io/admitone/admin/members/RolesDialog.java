package io.admitone.admin.members;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import org.springframework.http.HttpMethod;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Changes a member's roles; they hold the new ones from their next sign-in. */
class RolesDialog extends Dialog {

    private final AdmitOneApiClient api;
    private final UUID organisation;
    private final Member member;
    private final Runnable changed;
    private final Binder<RoleChange> binder = new Binder<>(RoleChange.class);
    private final RolesField roles = new RolesField();
    private final Button save = new Button("Save roles", click -> save());

    RolesDialog(AdmitOneApiClient api, UUID organisation, Member member, Runnable changed) {
        this.api = api;
        this.organisation = organisation;
        this.member = member;
        this.changed = changed;
        setHeaderTitle("Roles of " + member.shownName());
        setId("member-roles");
        binder.forField(roles).withValidator(chosen -> !chosen.isEmpty(), "Keep at least one role; remove the "
                + "member to take every role away").bind("roles");
        binder.readRecord(new RoleChange(Set.copyOf(member.roles())));
        add(roles);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save() {
        try {
            api.send(HttpMethod.PUT, ApiPath.of("/api/v1/orgs/{orgId}/members/{userId}/roles", organisation,
                    member.userId()), binder.writeRecord());
            close();
            changed.run();
        } catch (ValidationException invalid) {
            // The binder marks the roles with what is wrong.
        } catch (AdmitOneApiException e) {
            MembershipRefusals.show(e, member.shownName(), Map.of("roles", roles));
        } finally {
            save.setEnabled(true);
        }
    }
}
