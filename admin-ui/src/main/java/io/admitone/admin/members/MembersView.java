package io.admitone.admin.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.ApiPath;
import io.admitone.admin.layout.AdminLayout;
import io.admitone.admin.layout.Requires;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.LazyList;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.identity.StaffRole;
import org.springframework.http.HttpMethod;

import java.util.Map;
import java.util.UUID;

/** The organisation's members, filtered by role and searched by e-mail or name; invited, changed and removed here. */
@Route(value = "members", layout = AdminLayout.class)
@PageTitle("Members · AdmitOne")
@Requires(Operation.MEMBERS_READ)
@StyleSheet("styles/integrations.css")
public class MembersView extends Main {

    private final AdmitOneApiClient api;
    private final UUID organisation = AdminSession.requireOrganisation();
    private final boolean mayManage = AdminSession.may(Operation.MEMBERS_MANAGE);
    private final Select<StaffRole> role = new Select<>();
    private final TextField search = new TextField("Search");
    private final Grid<Member> members = new Grid<>(Member.class, false);
    private final LazyList<Member> list;

    public MembersView(AdmitOneApiClient api) {
        this.api = api;
        addClassName("integrations-screen");
        configureGrid();
        list = LazyList.attach(members, cursor -> api.page(ApiPath.of("/api/v1/orgs/{orgId}/members", organisation)
                .with("role", role.getValue() == null ? null : role.getValue().apiName())
                .with("q", search.getValue().strip())
                .with("cursor", cursor), Member.class));
        add(new H2("Members"), toolbar(), members);
    }

    private Div toolbar() {
        role.setLabel("Role");
        role.setItems(StaffRole.values());
        role.setItemLabelGenerator(value -> value == null ? "Every role" : value.apiName());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Every role");
        role.setId("members-role");
        role.addValueChangeListener(change -> list.reload());
        search.setPlaceholder("E-mail or name");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("members-search");
        search.addValueChangeListener(change -> list.reload());
        Button invite = new Button("Invite member", click -> new InviteDialog(api, organisation, list::reload).open());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        invite.setVisible(mayManage);
        Div toolbar = new Div(role, search, invite);
        toolbar.addClassName("integrations-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        members.setId("members-grid");
        members.addColumn(Member::shownName).setHeader("Name").setFlexGrow(2);
        members.addColumn(Member::email).setHeader("E-mail").setFlexGrow(2);
        members.addColumn(Member::shownRoles).setHeader("Roles").setKey("roles").setFlexGrow(2);
        if (mayManage) {
            members.addComponentColumn(this::actions).setHeader("Actions").setKey("actions").setAutoWidth(true);
        }
    }

    private HorizontalLayout actions(Member member) {
        Button roles = new Button("Change roles", click ->
                new RolesDialog(api, organisation, member, list::reload).open());
        roles.getElement().setAttribute("aria-label", "Change the roles of " + member.shownName());
        Button remove = new Button("Remove", click -> confirmRemoving(member));
        remove.getElement().setAttribute("aria-label", "Remove " + member.shownName());
        remove.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout actions = new HorizontalLayout(roles, remove);
        actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.SMALL));
        return actions;
    }

    private void confirmRemoving(Member member) {
        ConfirmDialog confirm = new ConfirmDialog("Remove " + member.shownName() + "?", member.email()
                + " loses every role in this organisation. Their account and other memberships stay.", "Remove",
                yes -> remove(member));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void remove(Member member) {
        try {
            api.send(HttpMethod.DELETE, ApiPath.of("/api/v1/orgs/{orgId}/members/{userId}", organisation,
                    member.userId()), null);
            Notification.show(member.shownName() + " is no longer a member.");
            list.reload();
        } catch (AdmitOneApiException e) {
            MembershipRefusals.show(e, member.shownName(), Map.of());
        }
    }
}
