package io.admitone.admin.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MembersViewTest extends BrowserlessAdminTest {

    private ServerApi.Staff owner;

    @BeforeEach
    void openTheMembersAsAnOwner() {
        owner = SERVER.newOrganisationWithMember("owner");
    }

    @Test
    void anInvitedMemberGetsATokenOnceTheirRolesChangeAndTheyCanBeRemoved() {
        signIn(owner);
        navigate(MembersView.class);
        String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        invite(email, "Ada", "box-office");

        String token = find(TextField.class).withId("shown-once-value").single().getValue();
        assertThat(token).isNotBlank();
        test(find(Button.class).withText("I have copied it").single()).click();
        searchFor(email);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rolesShown(0)).isEqualTo("box-office");

        test(actionOf(0, "Change roles")).click();
        CheckboxGroup<?> roles = find(CheckboxGroup.class).withCaption("Roles").single();
        test(roles).deselectItem("box-office");
        test(roles).selectItems("finance", "analyst");
        test(find(Button.class).withText("Save roles").single()).click();
        assertThat(rolesShown(0)).contains("finance").contains("analyst").doesNotContain("box-office");

        test(actionOf(0, "Remove")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(test(grid()).size()).isZero();
    }

    @Test
    void theLastOwnerCannotBeRemovedAndTheScreenSaysWhy() {
        signIn(owner);
        navigate(MembersView.class);

        test(actionOf(0, "Remove")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        Notification refusal = find(Notification.class).withId("membership-refused").single();
        assertThat(test(refusal).getText())
                .endsWith("is the organisation's only owner. Make another member an owner first.");
        assertThat(test(grid()).size()).isEqualTo(1);
    }

    @Test
    void invitingAMemberWithOtherRolesAgainSaysToChangeTheirRolesInstead() {
        ServerApi.Staff boxOffice = SERVER.newMember(owner.organisation(), SERVER.signIn(owner.email(),
                owner.password()), List.of("box-office"));
        signIn(owner);
        navigate(MembersView.class);

        invite(boxOffice.email(), "Box office", "finance");

        Notification refusal = find(Notification.class).withId("membership-refused").single();
        assertThat(test(refusal).getText()).isEqualTo(boxOffice.email()
                + " is already a member with other roles. Change their roles instead.");
    }

    @Test
    void theListIsFilteredByRole() {
        SERVER.newMember(owner.organisation(), SERVER.signIn(owner.email(), owner.password()), List.of("finance"));
        signIn(owner);
        navigate(MembersView.class);
        assertThat(test(grid()).size()).isEqualTo(2);

        test(find(Select.class).withId("members-role").single()).selectItem("finance");

        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(rolesShown(0)).isEqualTo("finance");
    }

    private void invite(String email, String name, String role) {
        test(find(Button.class).withText("Invite member").single()).click();
        test(find(EmailField.class).withCaption("E-mail").single()).setValue(email);
        test(find(TextField.class).withCaption("Display name").single()).setValue(name);
        test(find(CheckboxGroup.class).withCaption("Roles").single()).selectItem(role);
        test(find(Button.class).withText("Invite").single()).click();
    }

    private void searchFor(String text) {
        test(find(TextField.class).withId("members-search").single()).setValue(text);
    }

    private String rolesShown(int row) {
        return test(grid()).getCellText(row, test(grid()).getColumnPosition("roles"));
    }

    private Button actionOf(int row, String text) {
        HorizontalLayout actions = (HorizontalLayout) test(grid()).getCellComponent(row, "actions");
        return actions.getChildren().map(Button.class::cast).filter(button -> button.getText().equals(text))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<Member> grid() {
        return find(Grid.class).withId("members-grid").single();
    }
}
