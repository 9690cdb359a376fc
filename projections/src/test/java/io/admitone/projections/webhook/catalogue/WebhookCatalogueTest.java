package io.admitone.projections.webhook.catalogue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.admitone.kernel.apikey.ApiKeyId;
import io.admitone.kernel.apikey.ApiKeyRevoked;
import io.admitone.kernel.dashboard.DashboardLayoutSaved;
import io.admitone.kernel.identity.StaffUserDisabled;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.inventory.HeldSeat;
import io.admitone.kernel.inventory.SeatsHeld;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.order.OrderPlaced;
import io.admitone.kernel.organisation.OrganisationSuspended;
import io.admitone.kernel.webhook.WebhookEventTypes;
import io.admitone.kernel.webhook.WebhookSubscriptionDeleted;
import io.admitone.kernel.webhook.WebhookSubscriptionId;
import io.admitone.projections.webhook.catalogue.PublicEventSamples.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.admitone.projections.webhook.catalogue.PublicEventSamples.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

class WebhookCatalogueTest {

    static final List<String> ENVELOPE_FIELDS =
            List.of("id", "type", "version", "occurredAt", "tenantId", "position", "data");
    private static final String KERNEL = "io.admitone.kernel.";
    private static final Set<String> PUBLIC_PACKAGES = Set.of("catalog", "onsale");
    private static final Set<String> PRIVATE_PACKAGES =
            Set.of("identity", "apikey", "dashboard", "diagnostics", "inventory", "organisation", "personaldata",
                    "plugin", "webhook");

    private final JsonMapper json = JsonMapper.builder().build();
    private final WebhookCatalogue catalogue = new WebhookCatalogue(json, PublicEventSamples.BUYERS,
            WebhookEnrichments.NONE);

    @Test
    void everyPublicTypeIsTheTypeOfExactlyOneEventClass() {
        Map<String, List<String>> classesByType = kernelEventClasses().stream()
                .filter(eventClass -> WebhookCatalogue.typeOf(eventClass).isPresent())
                .collect(Collectors.groupingBy(eventClass -> WebhookCatalogue.typeOf(eventClass).orElseThrow(),
                        Collectors.mapping(Class::getSimpleName, Collectors.toList())));

        assertThat(classesByType.keySet()).containsExactlyInAnyOrderElementsOf(WebhookEventTypes.ALL);
        assertThat(classesByType).allSatisfy((type, classes) -> assertThat(classes).as(type).hasSize(1));
    }

    @Test
    void theCatalogAndOnSaleEventsArePublicAndNoOthersAre() {
        assertThat(kernelEventClasses()).isNotEmpty().allSatisfy(eventClass -> {
            String area = eventClass.getPackageName().substring(KERNEL.length()).split("\\.")[0];
            assertThat(PUBLIC_PACKAGES.contains(area) || PRIVATE_PACKAGES.contains(area))
                    .as("whether integrators may see the events of the kernel's package %s", area).isTrue();
            assertThat(WebhookCatalogue.typeOf(eventClass).isPresent()).as("whether %s is public", eventClass.getName())
                    .isEqualTo(PUBLIC_PACKAGES.contains(area));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void eachPublicEventBecomesItsTypeAtItsPosition(String type, Sample sample) {
        WebhookMessage message = catalogue.messageOf(sample.message(), sample.position()).orElseThrow();
        JsonNode envelope = json.readTree(message.body());

        assertThat(message.type()).isEqualTo(type);
        assertThat(message.messageId()).isEqualTo(UUID.fromString(sample.message().getIdentifier()));
        assertThat(message.tenantId()).isEqualTo(TENANT);
        assertThat(message.position()).isEqualTo(sample.position());
        assertThat(message.occurredAt()).isEqualTo(sample.message().getTimestamp());
        assertThat(fieldNames(envelope)).containsExactlyElementsOf(ENVELOPE_FIELDS);
        assertThat(envelope.get("type").asString()).isEqualTo(type);
        assertThat(envelope.get("tenantId").asString()).isEqualTo(TENANT.toString());
    }

    @Test
    void theSamplesCoverEveryPublicType() {
        assertThat(PublicEventSamples.all()).extracting(Sample::type)
                .containsExactlyInAnyOrderElementsOf(WebhookEventTypes.ALL);
    }

    @Test
    void anOrderConfirmedEnvelopeHasExactlyTheDocumentedFields() {
        Sample sample = PublicEventSamples.of("order.confirmed");
        JsonNode envelope = json.readTree(catalogue.messageOf(sample.message(), 20533).orElseThrow().body());

        assertThat(envelope.get("id").asString()).isEqualTo("b4cc6864-df34-443e-8786-92a5b679432c");
        assertThat(envelope.get("version").asInt()).isEqualTo(1);
        assertThat(envelope.get("occurredAt").asString()).isEqualTo("2027-01-15T10:02:41.590Z");
        assertThat(envelope.get("position").asLong()).isEqualTo(20533);
        JsonNode data = envelope.get("data");
        assertThat(fieldNames(data)).containsExactly(
                "orderId", "performanceId", "status", "total", "tickets", "byStaff", "confirmedAt");
        assertThat(data.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(json.writeValueAsString(data.get("total"))).isEqualTo("{\"amount\":\"178.00\",\"currency\":\"EUR\"}");
        assertThat(data.get("tickets")).hasSize(2);
        assertThat(fieldNames(data.get("tickets").get(0))).containsExactly("ticketId", "ticketTypeId", "seat");
        assertThat(data.get("tickets").get(0).get("seat").asString()).isEqualTo("A-1-7");
        assertThat(data.get("confirmedAt").asString()).isEqualTo("2027-01-15T10:02:41.590Z");
    }

    @Test
    void theSameEventAlwaysBecomesTheSameBytes() {
        Sample sample = PublicEventSamples.of("order.placed");

        assertThat(catalogue.messageOf(sample.message(), sample.position()).orElseThrow().body())
                .isEqualTo(new WebhookCatalogue(JsonMapper.builder().build(), PublicEventSamples.BUYERS,
                        WebhookEnrichments.NONE)
                        .messageOf(sample.message(), sample.position()).orElseThrow().body())
                .startsWith("{\"id\":\"30d5c16c-b793-4ef6-9898-1aa44c170392\",\"type\":\"order.placed\",\"version\":1,");
    }

    @Test
    void aPlacedOrderShowsItsBuyerUntilTheBuyerIsErased() {
        Sample sample = PublicEventSamples.of("order.placed");
        WebhookCatalogue afterErasure = new WebhookCatalogue(json, new InMemoryBuyerVault(),
                WebhookEnrichments.NONE);

        assertThat(dataOf("order.placed").get("buyer").get("name").asString()).isEqualTo("Ada Lovelace");
        JsonNode erased = json.readTree(afterErasure.messageOf(sample.message(), sample.position()).orElseThrow()
                .body()).get("data");
        assertThat(erased.get("buyer").isNull()).isTrue();
        assertThat(erased.get("orderId").asString()).isEqualTo(dataOf("order.placed").get("orderId").asString());
        assertThat(catalogue.messageOf(sample.message(), sample.position()).orElseThrow().buyerKeyId())
                .isEqualTo(((OrderPlaced) sample.message().getPayload()).buyer().keyId());
        assertThat(afterErasure.messageOf(sample.message(), sample.position()).orElseThrow().buyerKeyId()).isNull();
    }

    @Test
    void absentValuesAreNullAndDecimalsAreStrings() {
        JsonNode data = dataOf("ticket_type.added");

        assertThat(data.get("priceZone").isNull()).isTrue();
        assertThat(data.get("feePercent").isNull()).isTrue();
        assertThat(data.get("taxRate").asString()).isEqualTo("19.00");
        assertThat(json.writeValueAsString(data.get("feeFixed"))).isEqualTo("{\"amount\":\"2.50\",\"currency\":\"EUR\"}");
    }

    @Test
    void noEnvelopeCarriesATokenDigestATicketCodeOrAPartition() {
        List<String> secrets = new ArrayList<>(PublicEventSamples.TICKET_CODES);
        secrets.addAll(List.of(PublicEventSamples.HOLD_TOKEN_DIGEST, PublicEventSamples.ORDER_TOKEN_DIGEST,
                PublicEventSamples.SEATS_A.toString(), PublicEventSamples.FLOOR_SLICE.toString()));

        assertThat(PublicEventSamples.all()).allSatisfy(sample -> {
            String body = catalogue.messageOf(sample.message(), sample.position()).orElseThrow().body();
            assertThat(body).as(sample.type()).doesNotContain(secrets);
            assertThat(json.readTree(body).findParents("tokenHash")).isEmpty();
            assertThat(json.readTree(body).findParents("code")).isEmpty();
            assertThat(json.readTree(body).findParents("partitionId")).isEmpty();
        });
    }

    @Test
    void eventsIntegratorsMayNotSeeAndUnknownPayloadsGiveNoMessage() {
        Instant now = Instant.parse("2027-01-15T10:00:00Z");
        List<Object> payloads = List.of(
                new SeatsHeld(PublicEventSamples.SEATS_A, TENANT, null, HoldId.random(),
                        List.of(new HeldSeat("A-1-7", "front")), now, now),
                new OrganisationSuspended(TENANT, "unpaid invoices", now),
                new WebhookSubscriptionDeleted(WebhookSubscriptionId.random(), TENANT, now),
                new ApiKeyRevoked(ApiKeyId.random(), TENANT, now),
                new StaffUserDisabled(UserId.random(), now),
                new DashboardLayoutSaved(TENANT, UserId.random(), List.of(), now),
                "a payload of no known class");

        assertThat(payloads).allSatisfy(payload ->
                assertThat(catalogue.messageOf(PublicEventSamples.message(payload), 7)).isEmpty());
    }

    static Stream<Arguments> samples() {
        return PublicEventSamples.all().stream().map(sample -> Arguments.of(sample.type(), sample));
    }

    static List<String> fieldNames(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private JsonNode dataOf(String type) {
        Sample sample = PublicEventSamples.of(type);
        return json.readTree(catalogue.messageOf(sample.message(), sample.position()).orElseThrow().body()).get("data");
    }

    private static List<Class<?>> kernelEventClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.admitone.kernel").stream()
                .filter(javaClass -> !javaClass.isInterface() && javaClass.getAllRawInterfaces().stream()
                        .anyMatch(type -> type.getSimpleName().endsWith("Event")))
                .map(JavaClass::reflect)
                .collect(Collectors.toList());
    }
}
