package io.admitone.admin.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.Poll;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AuditViewTest extends BrowserlessAdminTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);

    @Test
    void aVenueTheOwnerCreatedIsInTheTrailAndItsDetailNamesTheOwnerAsActor() {
        ServerApi.Staff owner = SERVER.newOrganisationWithMember("owner");
        String token = SERVER.signIn(owner.email(), owner.password());
        String venue = SERVER.call("POST", "/api/v1/orgs/" + owner.organisation() + "/venues", token, Map.of(
                "name", "Audited Hall", "timeZone", "Europe/Berlin", "sections",
                List.of(Map.of("name", "Floor", "kind", "STANDING", "capacity", 50)))).path("id").asString();
        signIn(owner);
        navigate(AuditView.class);

        test(find(TextField.class).withCaption("Event type").single()).setValue("VenueCreated");
        test(find(ComboBox.class).withCaption("Aggregate type").single()).selectItem("Venue");
        Grid<AuditEvent> trail = trail();
        await().pollInSameThread().atMost(PROJECTED).untilAsserted(() -> {
            test(find(Button.class).withText("Apply filters").single()).click();
            assertThat(test(trail).size()).isEqualTo(1);
        });
        assertThat(test(trail).getRow(0).aggregateId()).isEqualTo(venue);

        test(trail).select(0);

        Dialog detail = find(Dialog.class).single();
        assertThat(detail.getHeaderTitle()).startsWith("VenueCreated at position ");
        assertThat(metadata(detail)).containsEntry("actor", subjectOf(token)).containsKey("correlationId")
                .containsKey("causationId");
        assertThat(find(Pre.class, detail).single().getText()).contains("\"name\" : \"Audited Hall\"");
    }

    @Test
    void aFilterOfTheWrongFormIsShownAtItsFieldWithoutReadingTheTrail() {
        signIn(SERVER.newOrganisationWithMember("finance"));
        navigate(AuditView.class);

        TextField type = find(TextField.class).withCaption("Event type").single();
        test(type).setValue("order.placed");
        test(find(Button.class).withText("Apply filters").single()).click();

        assertThat(type.isInvalid()).isTrue();
        assertThat(type.getErrorMessage()).contains("simple name");
    }

    @Test
    void verifyingTheHashChainShowsItVerifiedWithTheEventsItChecked() {
        signIn(SERVER.newOrganisationWithMember("finance"));
        navigate(AuditView.class);
        test(find(TabSheet.class).single()).select("Hash chain");
        Div verdict = find(Div.class).withId("audit-verify-result").single();

        await().pollInSameThread().atMost(PROJECTED).untilAsserted(() -> {
            test(find(Button.class).withText("Verify hash chain").single()).click();
            Poll.arrives();
            assertThat(verdict.getElement().getAttribute("data-verified")).isEqualTo("true");
            assertThat(verdict.getText()).matches("Verified: [1-9][0-9]* events, head at position \\d+ .*");
        });
    }

    @Test
    void aSignedCheckpointIsListedWithTheHeadItSigned() {
        signIn(SERVER.newOrganisationWithMember("owner"));
        navigate(AuditView.class);
        test(find(TabSheet.class).single()).select("Hash chain");
        Grid<Checkpoint> checkpoints = find(Grid.class).withId("audit-checkpoints").single();

        await().pollInSameThread().atMost(PROJECTED).untilAsserted(() -> {
            test(find(Button.class).withText("Sign checkpoint now").single()).click();
            assertThat(test(checkpoints).size()).isEqualTo(1);
        });
        assertThat(test(checkpoints).getRow(0).sequence()).isPositive();
        assertThat(test(checkpoints).getRow(0).jws()).contains(".");
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditEvent> trail() {
        return find(Grid.class).withId("audit-grid").single();
    }

    private Map<String, String> metadata(Dialog detail) {
        DescriptionList list = find(DescriptionList.class, detail).withId("audit-event-metadata").single();
        List<String> texts = list.getChildren().map(child -> child.getElement().getText()).toList();
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < texts.size(); i += 2) {
            entries.put(texts.get(i), texts.get(i + 1));
        }
        return entries;
    }

    private static String subjectOf(String token) {
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(claims).path("sub").asString();
    }
}
