package io.admitone.admin.orders;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.admitone.admin.support.BrowserlessAdminTest;
import io.admitone.admin.support.SalesFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class OrdersViewTest extends BrowserlessAdminTest {

    private static SalesFixture sales;

    @BeforeAll
    static void sellTickets() {
        sales = SalesFixture.onSale(SERVER);
    }

    @Test
    void theListFindsAnOrderByItsBuyersEmail() {
        SalesFixture.Order ada = sales.order("Ada Lovelace", SalesFixture.uniqueEmail("ada"), 1);
        sales.order("Grace Hopper", SalesFixture.uniqueEmail("grace"), 2);
        signIn(sales.owner());
        navigate(OrdersView.class);

        test(find(TextField.class).withLabel("Buyer e-mail or name").single()).setValue(ada.buyerEmail());

        Grid<OrderSummary> grid = ordersGrid();
        assertThat(test(grid).size()).isEqualTo(1);
        OrderSummary found = test(grid).getRow(0);
        assertThat(found.orderId()).isEqualTo(ada.orderId());
        assertThat(found.buyerShown()).isEqualTo("Ada Lovelace <" + ada.buyerEmail() + ">");
        assertThat(found.status()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void theListSortsByTotalWhenAsked() {
        String surname = "Sorted" + System.nanoTime();
        sales.order("One " + surname, SalesFixture.uniqueEmail("one"), 1);
        sales.order("Three " + surname, SalesFixture.uniqueEmail("three"), 3);
        signIn(sales.owner());
        navigate(OrdersView.class);
        test(find(TextField.class).withLabel("Buyer e-mail or name").single()).setValue(surname);

        test(find(Select.class).withLabel("Sort by").single()).selectItem("Highest total");

        Grid<OrderSummary> grid = ordersGrid();
        assertThat(IntStream.range(0, test(grid).size()).mapToObj(row -> test(grid).getRow(row).buyer().name()))
                .containsExactly("Three " + surname, "One " + surname);
    }

    @Test
    void theListFiltersByStatus() {
        String surname = "Status" + System.nanoTime();
        sales.order("Kept " + surname, SalesFixture.uniqueEmail("kept"), 1);
        signIn(sales.owner());
        navigate(OrdersView.class);
        test(find(TextField.class).withLabel("Buyer e-mail or name").single()).setValue(surname);
        assertThat(test(ordersGrid()).size()).isEqualTo(1);

        test(find(Select.class).withLabel("Status").single()).selectItem("Refunded");

        assertThat(test(ordersGrid()).size()).isZero();
    }

    @SuppressWarnings("unchecked")
    private Grid<OrderSummary> ordersGrid() {
        return find(Grid.class).id("orders-grid");
    }
}
