package io.admitone.server.plugins;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** The bundled plugin {@code offline-payments} enabled for an organisation, so that its buyers may pay offline. */
public final class OfflinePayments {

    private static final String PLUGIN = "offline-payments";

    private OfflinePayments() {
    }

    /** Enables it through an owner's, admin's or platform admin's client and waits until orders may use it. */
    public static void enable(WebTestClient staff, String org) {
        staff.put().uri(OrganisationPluginsController.PLUGINS + "/" + PLUGIN, org)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("settings", Map.of())).exchange()
                .expectStatus().isNoContent();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> staff.get()
                .uri(OrganisationPluginsController.PLUGINS, org).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.plugins[?(@.plugin.id == '" + PLUGIN + "')].enabled").isEqualTo(true));
    }
}
