package io.admitone.server.personaldata;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.Buyer;
import io.admitone.kernel.personaldata.BuyerKeyId;
import io.admitone.kernel.personaldata.BuyerVault;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.onsale.OnSaleFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Buyers' personal data through the API: orders show the buyer until the buyer is erased by e-mail address, then no
 * more, also after a replay, while the event store never held the data in the clear.
 */
class PersonalDataErasureTest extends ServerIntegrationTest {

    private static final Duration PROJECTED = Duration.ofSeconds(30);
    private static final String GRACE = "grace@example.org";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private BuyerVault buyers;

    private String org;
    private WebTestClient owner;
    private OnSaleFixture onSale;

    @BeforeEach
    void onSale() {
        org = createOrganisation("erasure");
        owner = member(org, StaffRole.OWNER);
        onSale = OnSaleFixture.onSale(owner, http, org);
    }

    @Test
    void erasingABuyerRemovesThemFromTheirOrdersAndFromNoOtherBuyersOrders() {
        String first = placeOrder("Grace Hopper", GRACE);
        String second = placeOrder("Grace Hopper", "Grace@Example.org");
        String other = placeOrder("Alan Turing", "alan@example.org");
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(buyerOf(first).get("name").asString())
                .isEqualTo("Grace Hopper"));
        assertThat(storedOrderPlaced(List.of(first, second, other)))
                .hasSize(3).allSatisfy(payload -> assertThat(payload)
                        .contains("keyId").doesNotContain("Grace", "grace@", "Alan", "alan@"));

        erase(owner, org, GRACE).expectStatus().isAccepted();

        await().atMost(PROJECTED).untilAsserted(() -> {
            assertThat(order(first).get("buyerErased").asBoolean()).isTrue();
            assertThat(order(second).get("buyer").isNull()).isTrue();
        });
        assertThat(order(first).get("buyer").isNull()).isTrue();
        assertThat(order(other).get("buyerErased").asBoolean()).isFalse();
        assertThat(buyerOf(other).get("email").asString()).isEqualTo("alan@example.org");
        JsonNode viaGraphQl = owner.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "query($org: ID!, $id: ID!) { order(orgId: $org, id: $id) { "
                        + "buyer { name } buyerErased } }", "variables", Map.of("org", org, "id", first)))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(viaGraphQl.get("data").get("order").get("buyer").isNull()).isTrue();
        assertThat(viaGraphQl.get("data").get("order").get("buyerErased").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from read.\"order\" where order_id::text in (?, ?) "
                + "and buyer_erased_at is not null and buyer_email is null", Long.class, first, second)).isEqualTo(2);
        await().atMost(PROJECTED).untilAsserted(() -> {
            JsonNode trail = owner.get().uri("/api/v1/orgs/{org}/audit/events?type=BuyerErased", org).exchange()
                    .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(trail.get("items")).hasSize(1);
            assertThat(trail.get("items").get(0).get("metadata").get("actor").asString()).isNotBlank();
            assertThat(trail.get("items").get(0).toString()).doesNotContainIgnoringCase("grace");
        });
    }

    @Test
    void erasingAgainOrAnAddressThatNeverBoughtAnswersTheSame() {
        placeOrder("Grace Hopper", GRACE);

        erase(owner, org, GRACE).expectStatus().isAccepted().expectBody().isEmpty();
        erase(owner, org, GRACE).expectStatus().isAccepted().expectBody().isEmpty();
        erase(owner, org, "nobody@example.org").expectStatus().isAccepted().expectBody().isEmpty();

        assertThat(jdbc.queryForObject("select count(*) from axon.domain_event_entry where payload_type like ?",
                Long.class, "%.BuyerErased")).isGreaterThanOrEqualTo(1);
        assertThat(buyers.keyOf(TenantId.of(org), GRACE)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from vault.buyer_key where tenant_id = ?::uuid "
                + "and erased_at is not null and data_key is null and email_digest is null", Long.class, org))
                .as("an erased key leaves a tombstone holding neither the key nor the address's digest").isEqualTo(1);
    }

    @Test
    void aReplayOfTheOrdersAfterTheErasureLeavesTheBuyerErased() {
        String erased = placeOrder("Grace Hopper", GRACE);
        String kept = placeOrder("Alan Turing", "alan@example.org");
        erase(owner, org, GRACE).expectStatus().isAccepted();
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(order(erased).get("buyerErased").asBoolean())
                .isTrue());

        admin.mutate().responseTimeout(Duration.ofMinutes(1)).build()
                .post().uri("/api/v1/admin/projections/orders/replay").exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED);

        await().atMost(PROJECTED).untilAsserted(() -> {
            assertThat(order(erased).get("buyer").isNull()).isTrue();
            assertThat(buyerOf(kept).get("name").asString()).isEqualTo("Alan Turing");
            assertThat(jdbc.queryForObject("select count(*) from read.\"order\" where order_id::text = ? "
                    + "and buyer_erased_at is not null", Long.class, erased)).isEqualTo(1);
        });
    }

    @Test
    void theWebhookMessagesThatShowedAnErasedBuyerShowThemNoMore() {
        owner.post().uri("/api/v1/orgs/{org}/webhooks", org).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://203.0.113.7/hooks", "eventTypes", List.of("order.placed"),
                        "enabled", false))
                .exchange().expectStatus().isCreated();
        String erased = placeOrder("Grace Hopper", GRACE);
        String kept = placeOrder("Alan Turing", "alan@example.org");
        await().atMost(PROJECTED).untilAsserted(() -> {
            assertThat(webhookMessageOf(erased)).contains("\"buyer\":{\"name\":\"Grace Hopper\"");
            assertThat(webhookMessageOf(kept)).contains("\"buyer\":{\"name\":\"Alan Turing\"");
        });

        erase(owner, org, GRACE).expectStatus().isAccepted();

        await().atMost(PROJECTED).untilAsserted(() -> assertThat(webhookMessageOf(erased))
                .contains("\"status\":\"AWAITING_PAYMENT\",\"buyer\":null,\"payment\":{")
                .doesNotContainIgnoringCase("grace"));
        assertThat(webhookMessageOf(erased)).startsWith("{\"id\":");
        assertThat(webhookMessageOf(kept)).contains("\"email\":\"alan@example.org\"");
    }

    @Test
    void anErasureInOneOrganisationLeavesTheSameAddressInAnotherAlone() {
        String otherOrg = createOrganisation("erasure-other");
        WebTestClient otherOwner = member(otherOrg, StaffRole.OWNER);
        OnSaleFixture otherSale = OnSaleFixture.onSale(otherOwner, http, otherOrg);
        String elsewhere = otherSale.orderedBy(otherSale.held(otherSale.holdItem(otherSale.floor(), 1)),
                "Grace Hopper", GRACE).get("orderId").asString();
        String here = placeOrder("Grace Hopper", GRACE);

        erase(owner, org, GRACE).expectStatus().isAccepted();

        await().atMost(PROJECTED).untilAsserted(() -> assertThat(order(here).get("buyerErased").asBoolean()).isTrue());
        await().atMost(PROJECTED).untilAsserted(() -> assertThat(otherOwner.get()
                .uri("/api/v1/orgs/{org}/orders/{order}", otherOrg, elsewhere).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("buyer").get("email").asString()).isEqualTo(GRACE));
        assertThat(buyers.keyOf(TenantId.of(otherOrg), GRACE)).isPresent();
    }

    @Test
    void onlyOwnersAndAdminsOfTheOrganisationErase() {
        erase(member(org, StaffRole.ADMIN), org, GRACE).expectStatus().isAccepted();
        erase(member(org, StaffRole.FINANCE), org, GRACE).expectStatus().isForbidden();
        erase(member(org, StaffRole.BOX_OFFICE), org, GRACE).expectStatus().isForbidden();
        erase(member(createOrganisation("erasure-stranger"), StaffRole.OWNER), org, GRACE)
                .expectStatus().isNotFound();
        erase(http, org, GRACE).expectStatus().isUnauthorized();
        erase(owner, org, "not an address").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void concurrentFirstOrdersOfOneBuyerMakeOneKey() throws Exception {
        TenantId tenant = TenantId.of(org);
        int buyersAtOnce = 8;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(buyersAtOnce)) {
            List<CompletableFuture<BuyerKeyId>> keys = IntStream.range(0, buyersAtOnce)
                    .mapToObj(attempt -> CompletableFuture.supplyAsync(() -> {
                        waitFor(start);
                        return buyers.seal(tenant, new Buyer("Grace Hopper", GRACE)).keyId();
                    }, threads)).toList();
            start.countDown();

            assertThat(keys.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from vault.buyer_key where tenant_id = ?::uuid", Long.class,
                org)).isEqualTo(1);
    }

    private String placeOrder(String name, String email) {
        return onSale.orderedBy(onSale.held(onSale.holdItem(onSale.floor(), 1)), name, email).get("orderId")
                .asString();
    }

    /** The order as staff read it, once projected. */
    private JsonNode order(String orderId) {
        return owner.get().uri("/api/v1/orgs/{org}/orders/{order}", org, orderId).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode buyerOf(String orderId) {
        return order(orderId).get("buyer");
    }

    private List<String> storedOrderPlaced(List<String> orderIds) {
        return jdbc.queryForList("select payload from axon.domain_event_entry where payload_type like ? "
                        + "and aggregate_identifier = any (?)", byte[].class, "%.OrderPlaced",
                        orderIds.toArray(String[]::new))
                .stream().map(payload -> new String(payload, StandardCharsets.UTF_8)).toList();
    }

    /** The stored order.placed envelope of the order, empty while there is none. */
    private String webhookMessageOf(String orderId) {
        return jdbc.queryForList("select body from read.webhook_message where tenant_id = ?::uuid "
                + "and type = 'order.placed' and body like ?", String.class, org, "%" + orderId + "%")
                .stream().findFirst().orElse("");
    }

    private static WebTestClient.ResponseSpec erase(WebTestClient client, String org, String email) {
        return client.post().uri("/api/v1/orgs/{org}/personal-data/erasures", org)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("email", email)).exchange();
    }

    private static void waitFor(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
