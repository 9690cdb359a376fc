package io.admitone.server.onsale;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.AllAtOnce;
import io.admitone.server.ServerIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static io.admitone.server.onsale.OnSaleFixture.PROJECTED;
import static io.admitone.server.onsale.Scanning.bought;
import static io.admitone.server.onsale.Scanning.scan;
import static io.admitone.server.onsale.Scanning.scanned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Box office staff scan tickets at the door by their code or their signed pass; each ticket gets in once. */
class CheckInTest extends ServerIntegrationTest {

    private OnSaleFixture onSale;
    private WebTestClient door;

    @BeforeEach
    void aPerformanceOnSaleAndItsDoor() {
        onSale = OnSaleFixture.onSale(admin, http, createOrganisation("check-in"));
        door = member(onSale.org(), StaffRole.BOX_OFFICE);
    }

    @Test
    void aTicketIsAdmittedOnceAndThenAlreadyUsedSinceItsFirstCheckIn() {
        Scanning.Bought order = bought(onSale, onSale.held(onSale.holdSeats("A-1-5")));

        JsonNode admitted = scanned(door, onSale.org(), onSale.performance(), Map.of("code", order.code()));
        JsonNode again = scanned(door, onSale.org(), onSale.performance(), Map.of("code", order.code()));

        assertThat(admitted.get("result").asString()).isEqualTo("ADMITTED");
        assertThat(admitted.get("ticketId").asString()).isEqualTo(order.ticket().get("ticketId").asString());
        assertThat(admitted.get("seat").asString()).isEqualTo("A-1-5");
        assertThat(admitted.get("ticketTypeId").asString()).isEqualTo(onSale.front());
        assertThat(again.get("result").asString()).isEqualTo("ALREADY_USED");
        assertThat(again.get("usedAt").asString()).isEqualTo(admitted.get("usedAt").asString());
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonNode ticket = onSale.readOrder(order.orderId(), order.orderToken()).get("tickets").get(0);
            assertThat(ticket.get("status").asString()).isEqualTo("USED");
            assertThat(ticket.get("usedAt").asString()).isEqualTo(admitted.get("usedAt").asString());
        });
    }

    @Test
    void theSignedPassGetsInLikeTheCode() {
        Scanning.Bought order = bought(onSale, onSale.held(onSale.holdItem(onSale.floor(), 1)));

        JsonNode admitted = scanned(door, onSale.org(), onSale.performance(), Map.of("qr", order.qr()));

        assertThat(admitted.get("result").asString()).isEqualTo("ADMITTED");
        assertThat(admitted.get("seat").isNull()).isTrue();
        assertThat(scanned(door, onSale.org(), onSale.performance(), Map.of("code", order.code()))
                .get("result").asString()).isEqualTo("ALREADY_USED");
    }

    @Test
    void aTicketAtAnotherPerformancesDoorIsTurnedAwayAndStaysUnused() {
        Scanning.Bought order = bought(onSale, onSale.held(onSale.holdSeats("A-1-6")));
        String otherPerformance = UUID.randomUUID().toString();

        assertThat(scanned(door, onSale.org(), otherPerformance, Map.of("code", order.code()))
                .get("result").asString()).isEqualTo("WRONG_PERFORMANCE");
        assertThat(scanned(door, onSale.org(), otherPerformance, Map.of("qr", order.qr()))
                .get("result").asString()).isEqualTo("WRONG_PERFORMANCE");
        assertThat(scanned(door, onSale.org(), onSale.performance(), Map.of("code", order.code()))
                .get("result").asString()).isEqualTo("ADMITTED");
    }

    @Test
    void unknownCodesAndForgedOrMangledPassesAreInvalid() {
        Scanning.Bought order = bought(onSale, onSale.held(onSale.holdSeats("A-1-9")));
        String[] parts = order.qr().split("\\.");
        String otherSignature = bought(onSale, onSale.held(onSale.holdSeats("A-1-10"))).qr().split("\\.")[2];

        for (Map<String, String> garbage : List.of(Map.of("code", "no-such-code"), Map.of("qr", "not.a.pass"),
                Map.of("qr", parts[0] + "." + parts[1] + "." + otherSignature))) {
            JsonNode answer = scanned(door, onSale.org(), onSale.performance(), garbage);
            assertThat(answer.get("result").asString()).isEqualTo("INVALID");
            assertThat(answer.get("ticketId").isNull()).isTrue();
        }
        scan(door, onSale.org(), onSale.performance(), Map.of("code", order.code(), "qr", order.qr()))
                .expectStatus().isBadRequest();
        scan(door, onSale.org(), onSale.performance(), Map.of()).expectStatus().isBadRequest();
    }

    @Test
    void sixteenScannersAtOnceLetTheTicketInOnce() throws InterruptedException {
        Scanning.Bought order = bought(onSale, onSale.held(onSale.holdSeats("A-2-5")));
        Callable<String> scanner = () -> scanned(door, onSale.org(), onSale.performance(),
                Map.of("code", order.code())).get("result").asString();

        List<String> results = AllAtOnce.run(Collections.nCopies(16, scanner));

        assertThat(results).filteredOn("ADMITTED"::equals).hasSize(1);
        assertThat(results).filteredOn("ALREADY_USED"::equals).hasSize(15);
    }

    @Test
    void aRepeatedScanWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        Scanning.Bought order = bought(onSale, onSale.held(onSale.holdSeats("A-2-6")));
        String key = UUID.randomUUID().toString();

        List<JsonNode> answers = List.of(scanWithKey(order.code(), key), scanWithKey(order.code(), key));

        assertThat(answers.get(1)).isEqualTo(answers.get(0));
        assertThat(answers.get(0).get("result").asString()).isEqualTo("ADMITTED");
        assertThat(scanWithKey(order.code(), UUID.randomUUID().toString()).get("result").asString())
                .isEqualTo("ALREADY_USED");
    }

    @Test
    void onlyStaffWhoCheckInMayScanAndOnlyTheirOwnOrganisationsTickets() {
        Scanning.Bought order = bought(onSale, onSale.held(onSale.holdSeats("A-2-7")));
        Map<String, String> code = Map.of("code", order.code());

        scan(http, onSale.org(), onSale.performance(), code).expectStatus().isUnauthorized();
        scan(member(onSale.org(), StaffRole.ANALYST), onSale.org(), onSale.performance(), code)
                .expectStatus().isForbidden();
        String otherOrg = createOrganisation("check-in-other");
        WebTestClient otherDoor = member(otherOrg, StaffRole.BOX_OFFICE);
        scan(otherDoor, onSale.org(), onSale.performance(), code).expectStatus().isNotFound();
        assertThat(scanned(otherDoor, otherOrg, onSale.performance(), code).get("result").asString())
                .isEqualTo("INVALID");
        assertThat(scanned(otherDoor, otherOrg, onSale.performance(), Map.of("qr", order.qr()))
                .get("result").asString()).isEqualTo("INVALID");
        assertThat(scanned(member(onSale.org(), StaffRole.ADMIN), onSale.org(), onSale.performance(), code)
                .get("result").asString()).isEqualTo("ADMITTED");
    }

    private JsonNode scanWithKey(String code, String key) {
        return scanned(door.mutate().defaultHeader("Idempotency-Key", key).build(), onSale.org(),
                onSale.performance(), Map.of("code", code));
    }
}
