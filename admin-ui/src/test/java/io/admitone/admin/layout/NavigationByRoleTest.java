package io.admitone.admin.layout;

import com.vaadin.flow.component.sidenav.SideNavItem;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationByRoleTest extends BrowserlessAdminTest {

    @Test
    void aBoxOfficeMemberIsOfferedTheScreensOfTheDoorAndNotFinance() {
        signIn(SERVER.newOrganisationWithMember("box-office"));

        assertThat(screensOffered()).containsExactly("Dashboard", "Venues", "Events", "Orders", "Check-in");
    }

    @Test
    void aFinanceMemberIsOfferedTheReportsAndTheAuditTrailButNotCheckIn() {
        signIn(SERVER.newOrganisationWithMember("finance"));

        assertThat(screensOffered())
                .containsExactly("Dashboard", "Venues", "Events", "Orders", "Finance reports", "Audit trail");
    }

    @Test
    void anOwnerIsOfferedEveryScreenOfTheOrganisation() {
        signIn(SERVER.newOrganisationWithMember("owner"));

        assertThat(screensOffered()).containsExactlyElementsOf(Arrays.stream(Screen.values())
                .filter(screen -> !screen.platformAdmin()).map(Screen::label).toList());
    }

    private java.util.List<String> screensOffered() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
