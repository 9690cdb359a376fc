package io.admitone.server.audit;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.graphql.StatementCounter;
import io.admitone.server.lists.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.admitone.server.audit.AuditedCatalog.positions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trail is a faithful copy of the event store: every event of the organisation, with the payload and metadata
 * exactly as stored, none of another organisation or of none; the same after a replay and after a rebuild; and an
 * export longer than one page of the database streams every event in order.
 */
@Import(StatementCounter.class)
class AuditTrailCopyTest extends ServerIntegrationTest {

    private static final Duration REBUILT = Duration.ofSeconds(60);
    private static final String ROWS = "select row_to_json(a)::text from read.audit_event a where tenant_id = ?::uuid "
            + "order by position";

    @Autowired
    private JwtEncoder tokens;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private StatementCounter statements;

    private AuditedCatalog catalog;

    @BeforeEach
    void aCatalogBuiltThroughTheApi() {
        catalog = AuditedCatalog.build(http, admin, tokens);
    }

    @Test
    void everyEventOfTheOrganisationIsCopiedAsTheEventStoreHoldsIt() {
        List<JsonNode> trail = catalog.trail(admin, "");
        Long ofTheOrganisation = jdbc.queryForObject("""
                select count(*) from axon.domain_event_entry
                where convert_from(payload, 'UTF8')::jsonb ->> 'tenantId' = ?""", Long.class, catalog.org());
        Long copiedAsStored = jdbc.queryForObject("""
                select count(*) from read.audit_event a join axon.domain_event_entry e on e.global_index = a.position
                where a.tenant_id = ?::uuid
                  and a.event_id::text = e.event_identifier and a.aggregate_type = e.type
                  and a.aggregate_id = e.aggregate_identifier and a.sequence_number = e.sequence_number
                  and a.payload_type = regexp_replace(e.payload_type, '^.*[.$]', '')
                  and a.payload = convert_from(e.payload, 'UTF8')::jsonb
                  and a.metadata = convert_from(e.meta_data, 'UTF8')::jsonb
                  and a.occurred_at = e.time_stamp::timestamptz""", Long.class, catalog.org());

        assertThat(trail).hasSize(AuditedCatalog.TYPES.size());
        assertThat(ofTheOrganisation).isEqualTo(trail.size());
        assertThat(copiedAsStored).isEqualTo(trail.size());
    }

    @Test
    void eventsOfNoOrganisationAreInNoTrail() {
        assertThat(jdbc.queryForObject("""
                select count(*) from axon.domain_event_entry
                where payload_type like '%PlatformAdminRegistered'""", Long.class)).isOne();
        assertThat(jdbc.queryForObject("""
                select count(*) from read.audit_event
                where payload_type = 'PlatformAdminRegistered' or payload ->> 'tenantId' is null""", Long.class))
                .isZero();
    }

    @Test
    void aReplayAndARebuildWriteTheSameTrail() {
        List<String> live = jdbc.queryForList(ROWS, String.class, catalog.org());

        admin.post().uri("/api/v1/admin/projections/audit-trail/replay").exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(REBUILT).until(() -> jdbc.queryForList(ROWS, String.class, catalog.org()).equals(live));

        admin.post().uri("/api/v1/admin/projections/audit-trail/rebuild").exchange()
                .expectStatus().isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(REBUILT).untilAsserted(() -> admin.get().uri("/api/v1/admin/projections/audit-trail")
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.rebuild.state").isEqualTo("DONE")
                .jsonPath("$.state").isEqualTo("RUNNING"));
        assertThat(jdbc.queryForList(ROWS, String.class, catalog.org())).isEqualTo(live);
    }

    @Test
    void anExportLongerThanOnePageOfTheDatabaseStreamsEveryEventInOrder() {
        String tenant = UUID.randomUUID().toString();
        // far beyond the positions the server's own events reach
        long first = 1_000_000_000_000L;
        int events = 2 * 2000 + 1;
        jdbc.update("""
                insert into read.audit_event (position, tenant_id, event_id, aggregate_type, aggregate_id,
                                              sequence_number, payload_type, payload, metadata, occurred_at)
                select ? + n, ?::uuid, gen_random_uuid(), 'Order', 'order-' || (n / 10), n % 10, 'OrderPlaced',
                       jsonb_build_object('tenantId', ?, 'n', n), '{"actor": "a"}',
                       timestamptz '2027-01-01' + n * interval '1 minute'
                from generate_series(0, ? - 1) n""", first, tenant, tenant, events);
        WebTestClient finance = member(tenant, StaffRole.FINANCE);
        String uri = "/api/v1/orgs/" + tenant + "/audit/events";

        List<JsonNode> exported = new ArrayList<>();
        int reads = statements.during(() -> exported.addAll(AuditedCatalog.exported(finance, uri)));

        // pages of 2,000, 2,000 and 1 event, each read setting the tenant first
        assertThat(reads).isEqualTo(3 * 2);
        assertThat(positions(exported)).hasSize(events).isSorted().doesNotHaveDuplicates();
        assertThat(positions(exported)).containsExactlyElementsOf(positions(Pages.all(finance, uri, 200)));
        assertThat(AuditedCatalog.lines(finance, uri + "?fromPosition=" + (first + 1500))).hasSize(events - 1500);
    }
}
