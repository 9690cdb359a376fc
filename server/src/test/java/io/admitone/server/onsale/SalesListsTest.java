package io.admitone.server.onsale;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.lists.Pages;
import io.admitone.server.plugins.OfflinePayments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Staff who read orders list the organisation's orders, tickets and holds, paged, sorted and filtered. */
class SalesListsTest extends ServerIntegrationTest {

    private OnSaleFixture onSale;
    private String orders;
    private String tickets;

    @BeforeEach
    void fiveOrdersTwoOfThemUnpaid() {
        onSale = OnSaleFixture.onSale(admin, http, createOrganisation("sales-lists"));
        OfflinePayments.enable(admin, onSale.org());
        for (int i = 1; i <= 5; i++) {
            onSale.ordered(onSale.held(onSale.holdSeats("A-1-" + i, "A-2-" + i)), i <= 3 ? "test" : "offline",
                    i <= 3 ? "card-success" : "cash");
        }
        orders = "/api/v1/orgs/" + onSale.org() + "/orders";
        tickets = "/api/v1/orgs/" + onSale.org() + "/tickets";
        await().atMost(PROJECTED).until(() -> Pages.all(admin, orders, 50).size() == 5
                && Pages.all(admin, tickets, 50).size() == 6);
    }

    @Test
    void ordersPageInEverySortAndFilterByStatus() {
        for (String sort : List.of("placedAt", "-placedAt", "total", "-updatedAt")) {
            assertThat(Pages.field(Pages.all(admin, orders + "?sort=" + sort, 2), "orderId"))
                    .doesNotHaveDuplicates()
                    .containsExactlyElementsOf(Pages.field(Pages.all(admin, orders + "?sort=" + sort, 50), "orderId"));
        }
        List<String> placed = Pages.field(Pages.all(admin, orders, 2), "placedAt");
        assertThat(placed).isSorted();
        assertThat(Pages.all(admin, orders + "?status=awaiting-payment", 1)).hasSize(2)
                .allSatisfy(order -> assertThat(order.get("total").get("amount").asString()).isEqualTo("178.00"));
        assertThat(Pages.all(admin, orders + "?status=CONFIRMED&q=ada@example", 1)).hasSize(3);
        assertThat(Pages.all(admin, orders + "?performanceId=" + onSale.performance(), 10)).hasSize(5);
    }

    @Test
    void ticketsPageBySeatAndFilterByOrder() {
        List<JsonNode> bySeat = Pages.all(admin, tickets + "?sort=seat", 4);
        assertThat(Pages.field(bySeat, "seat")).doesNotHaveDuplicates().hasSize(6);
        String order = bySeat.getFirst().get("orderId").asString();
        assertThat(Pages.field(Pages.all(admin, tickets + "?orderId=" + order, 1), "orderId"))
                .containsExactly(order, order);
        assertThat(Pages.all(admin, tickets + "?status=VOID", 1)).isEmpty();
    }

    @Test
    void holdsPageAndFilterByStatus() {
        onSale.held(onSale.holdItem(onSale.floor(), 1));
        String holds = "/api/v1/orgs/" + onSale.org() + "/holds";
        await().atMost(PROJECTED).until(() -> Pages.all(admin, holds + "?status=held", 1).size() == 1);
        assertThat(Pages.all(admin, holds + "?status=CONVERTED&sort=-expiresAt", 2)).hasSize(5)
                .allSatisfy(hold -> assertThat(hold.get("orderId").isNull()).isFalse());
        assertThat(Pages.field(Pages.all(admin, holds, 4), "holdId")).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void onlyStaffWhoReadOrdersListThem() {
        member(onSale.org(), StaffRole.ANALYST).get().uri(orders).exchange().expectStatus().isOk();
        member(onSale.org(), StaffRole.INTEGRATOR).get().uri(tickets).exchange().expectStatus().isOk();
        http.get().uri(tickets).exchange().expectStatus().isUnauthorized();
        http.get().uri("/api/v1/orgs/" + onSale.org() + "/holds").exchange().expectStatus().isUnauthorized();
        String other = createOrganisation("sales-lists-other");
        member(other, StaffRole.OWNER).get().uri(orders).exchange().expectStatus().isNotFound();
        assertThat(Pages.all(admin, "/api/v1/orgs/" + other + "/orders", 50)).isEmpty();
        admin.get().uri(orders + "?status=LOST").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
    }
}
