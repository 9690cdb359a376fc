package io.admitone.admin.checkin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.orders.PerformanceChoice;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.SalesFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CheckInViewTest extends BrowserlessAdminTest {

    private static SalesFixture sales;

    @BeforeAll
    static void sellTickets() {
        sales = SalesFixture.onSale(SERVER);
    }

    @BeforeEach
    void openTheDoor() {
        signIn(sales.member("box-office"));
        navigate(CheckInView.class);
        choosePerformance(sales.performance());
    }

    @Test
    void aValidTicketIsAdmittedAndCounted() {
        SalesFixture.Order order = sales.order("Ada Door", SalesFixture.uniqueEmail("ada"), 2);

        scan(order.codes().get(0));

        assertThat(verdict().getClassNames()).contains("check-in-admitted");
        assertThat(verdict().getElement().getTextRecursively()).contains("Admitted", "standing");
        assertThat(find(Span.class).id("check-in-count").getText()).endsWith(": 1");
        assertThat(codeField().getValue()).as("cleared for the next scan").isEmpty();

        scan(order.codes().get(1));

        assertThat(find(Span.class).id("check-in-count").getText()).endsWith(": 2");
        await().atMost(SalesFixture.PROJECTED).untilAsserted(() -> assertThat(
                sales.read(order.orderId()).path("tickets").findValuesAsString("status")).containsOnly("USED"));
    }

    @Test
    void theSameTicketAgainIsAlreadyUsedWithTheTimeItWasLetIn() {
        SalesFixture.Order order = sales.order("Twice Door", SalesFixture.uniqueEmail("twice"), 1);
        scan(order.codes().get(0));

        scan(order.codes().get(0));

        assertThat(verdict().getClassNames()).contains("check-in-already-used");
        assertThat(verdict().getElement().getTextRecursively()).contains("Already used", "first let in today at");
        assertThat(find(Span.class).id("check-in-count").getText()).endsWith(": 1");
    }

    @Test
    void aMadeUpCodeIsInvalid() {
        scan("made-up-" + UUID.randomUUID());

        assertThat(verdict().getClassNames()).contains("check-in-invalid");
        assertThat(verdict().getElement().getTextRecursively()).contains("Invalid ticket", "Do not let in");
        assertThat(find(Span.class).id("check-in-count").getText()).endsWith(": 0");
    }

    @Test
    void aTicketOfAnotherPerformanceIsTheWrongPerformance() {
        SalesFixture.Order tomorrow = sales.order(sales.otherPerformance(), "Other Night",
                SalesFixture.uniqueEmail("other"), 1);

        scan(tomorrow.codes().get(0));

        assertThat(verdict().getClassNames()).contains("check-in-wrong-performance");
        assertThat(verdict().getElement().getTextRecursively()).contains("Wrong performance");
        assertThat(sales.read(tomorrow.orderId()).path("tickets").findValuesAsString("status"))
                .containsOnly("VALID");
    }

    @SuppressWarnings("unchecked")
    private void choosePerformance(UUID performance) {
        ComboBox<PerformanceChoice> choice = find(ComboBox.class).id("check-in-performance");
        choice.setValue(choice.getListDataView().getItems()
                .filter(p -> p.id().equals(performance)).findFirst().orElseThrow());
    }

    /** Types the code as a scanner does and presses Enter. */
    private void scan(String code) {
        test(codeField()).setValue(code);
        fireShortcut(Key.ENTER);
    }

    private TextField codeField() {
        return find(TextField.class).id("check-in-code");
    }

    private Div verdict() {
        return find(Div.class).id("check-in-result");
    }
}
