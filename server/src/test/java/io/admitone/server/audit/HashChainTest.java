package io.admitone.server.audit;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.infrastructure.DatabaseEndpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.admitone.server.audit.AuditedCatalog.ofType;
import static io.admitone.server.audit.AuditedCatalog.positions;
import static io.admitone.server.audit.ChainChecks.awaitChained;
import static io.admitone.server.audit.ChainChecks.commandLine;
import static io.admitone.server.audit.ChainChecks.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hash chain over an organisation's events: it verifies as written, also with an event committed late, and an
 * event changed or deleted directly in the event store, or a link removed, is found at its position, over HTTP and on
 * the command line.
 */
class HashChainTest extends ServerIntegrationTest {

    @Autowired
    private JwtEncoder tokens;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private DatabaseEndpoint database;

    @Test
    void theChainOfAnUntouchedTrailVerifies() {
        AuditedCatalog catalog = AuditedCatalog.build(http, admin, tokens);
        WebTestClient finance = member(catalog.org(), StaffRole.FINANCE);

        JsonNode report = awaitChained(finance, catalog.org(), AuditedCatalog.TYPES.size());

        List<JsonNode> trail = catalog.trail(finance, "");
        assertThat(report.get("verified").asBoolean()).isTrue();
        assertThat(report.get("events").asLong()).isEqualTo(trail.size());
        assertThat(report.get("head").get("position").asLong()).isEqualTo(positions(trail).getLast());
        assertThat(report.get("head").get("sequence").asLong()).isEqualTo(trail.size());
        assertThat(report.get("head").get("hash").asString()).matches("[0-9a-f]{64}");
        assertThat(report.get("firstBreak").isNull()).isTrue();
        ChainChecks.Outcome cli = commandLine(databaseArguments("verify", "--organisation", catalog.org()));
        assertThat(cli.status()).as(cli.output()).isZero();
        assertThat(cli.output()).contains("\"organisation\":\"" + catalog.org() + "\"", "\"verified\":true");
    }

    @Test
    void aPayloadChangedInTheEventStoreBreaksTheChainAtItsPosition() {
        AuditedCatalog catalog = AuditedCatalog.build(http, admin, tokens);
        WebTestClient finance = member(catalog.org(), StaffRole.FINANCE);
        awaitChained(finance, catalog.org(), AuditedCatalog.TYPES.size());
        long changed = ofType(catalog.trail(finance, ""), "EventCreated").get("position").asLong();

        jdbc().sql("update axon.domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'Audit night', 'Audit nite'), 'UTF8') where global_index = ?").param(changed).update();

        JsonNode report = verify(finance, catalog.org());
        assertThat(report.get("verified").asBoolean()).isFalse();
        JsonNode firstBreak = report.get("firstBreak");
        assertThat(firstBreak.get("position").asLong()).isEqualTo(changed);
        assertThat(firstBreak.get("reason").asString()).isEqualTo("changed");
        assertThat(firstBreak.get("expectedHash").asString()).isNotEqualTo(firstBreak.get("actualHash").asString());
        assertThat(report.get("events").asLong()).isEqualTo(AuditedCatalog.TYPES.indexOf("EventCreated"));
        ChainChecks.Outcome cli = commandLine(databaseArguments("verify", "--organisation", catalog.org()));
        assertThat(cli.status()).as(cli.output()).isEqualTo(1);
        assertThat(cli.output()).contains("\"reason\":\"changed\"", "\"position\":" + changed);
    }

    @Test
    void anEventDeletedFromTheEventStoreIsMissing() {
        AuditedCatalog catalog = AuditedCatalog.build(http, admin, tokens);
        WebTestClient finance = member(catalog.org(), StaffRole.FINANCE);
        awaitChained(finance, catalog.org(), AuditedCatalog.TYPES.size());
        long deleted = ofType(catalog.trail(finance, ""), "TicketTypeAdded").get("position").asLong();

        jdbc().sql("delete from axon.domain_event_entry where global_index = ?").param(deleted).update();

        JsonNode firstBreak = verify(finance, catalog.org()).get("firstBreak");
        assertThat(firstBreak.get("position").asLong()).isEqualTo(deleted);
        assertThat(firstBreak.get("reason").asString()).isEqualTo("missing");
        assertThat(firstBreak.get("actualHash").isNull()).isTrue();
    }

    @Test
    void anEventWhoseLinkIsRemovedIsUnlinked() {
        AuditedCatalog catalog = AuditedCatalog.build(http, admin, tokens);
        WebTestClient finance = member(catalog.org(), StaffRole.FINANCE);
        awaitChained(finance, catalog.org(), AuditedCatalog.TYPES.size());
        long unlinked = ofType(catalog.trail(finance, ""), "VenueCreated").get("position").asLong();

        jdbc().sql("delete from audit.chain_link where position = ?").param(unlinked).update();

        JsonNode report = verify(finance, catalog.org());
        assertThat(report.get("verified").asBoolean()).isFalse();
        assertThat(report.get("firstBreak").get("position").asLong()).isEqualTo(unlinked);
        assertThat(report.get("firstBreak").get("reason").asString()).isEqualTo("unlinked");
    }

    /**
     * Stream positions are taken when events are stored and become visible when their transaction commits, so an
     * event can turn up behind others the chain has linked already: it is linked after them, and the chain verifies
     * in its own order, neither while the event is pending nor once it is linked; the trail holds it at its position.
     */
    @Test
    void anEventCommittedLateBehindLinkedOnesIsLinkedAfterThemAndTheChainVerifies() throws SQLException {
        AuditedCatalog catalog = AuditedCatalog.build(http, admin, tokens);
        WebTestClient finance = member(catalog.org(), StaffRole.FINANCE);
        long saved = saveDashboard(finance, catalog.org(), 1);
        long late;
        long later;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            late = storeACopy(connection, saved);
            later = saveDashboard(finance, catalog.org(), 2);
            assertThat(later).isGreaterThan(late);
            JsonNode pending = await().atMost(Duration.ofSeconds(30)).until(() -> verify(finance, catalog.org()),
                    report -> report.get("head").get("position").asLong() == later);
            assertThat(pending.get("verified").asBoolean()).as(pending.toString()).isTrue();
            connection.commit();
        }

        JsonNode report = await().atMost(Duration.ofSeconds(30)).until(() -> verify(finance, catalog.org()),
                linked -> linked.get("head").get("position").asLong() == late);
        assertThat(report.get("verified").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.get("unchained").asLong()).isZero();
        assertThat(sequenceOfLink(late)).isEqualTo(sequenceOfLink(later) + 1);
        List<JsonNode> trail = catalog.trail(finance, "?type=DashboardLayoutSaved");
        assertThat(positions(trail)).as("the trail holds each event at its own position").contains(late, later);
    }

    @Test
    void onlyThoseWhoReadTheBooksOfTheOrganisationVerifyItsChain() {
        String org = createOrganisation("chain-roles");
        member(createOrganisation("chain-stranger"), StaffRole.FINANCE).get()
                .uri("/api/v1/orgs/{org}/audit/verify", org).exchange().expectStatus().isNotFound();
        member(org, StaffRole.EVENT_MANAGER).get().uri("/api/v1/orgs/{org}/audit/verify", org).exchange()
                .expectStatus().isForbidden();
        member(org, StaffRole.OWNER).get().uri("/api/v1/orgs/{org}/audit/verify", org).exchange()
                .expectStatus().isOk();
    }

    @Test
    void theCommandLineNamesAnUnknownOrganisation() {
        ChainChecks.Outcome cli = commandLine(databaseArguments("verify", "--organisation", "no-such-organisation"));
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.output()).contains("no-such-organisation");
        assertThat(commandLine("audit", "check").status()).isEqualTo(2);
    }

    private String[] databaseArguments(String... args) {
        Stream<String> password = database.password() == null ? Stream.empty()
                : Stream.of("--admitone.db.password=" + database.password());
        return Stream.of(Stream.of("audit"), Stream.of(args), Stream.of("--admitone.db.url=" + database.url(),
                "--admitone.db.user=" + database.user()), password).flatMap(Function.identity()).toArray(String[]::new);
    }

    /** Saves a dashboard of one widget in this column; a layout that differs from the last is a new event. */
    private static long saveDashboard(WebTestClient member, String org, int column) {
        String position = member.put().uri("/api/v1/orgs/{org}/dashboard-layout", org)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("widgets", List.of(Map.of("type", "sales-today", "column", column, "row", 1,
                        "width", 4, "height", 2))))
                .exchange().expectStatus().isNoContent()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-AdmitOne-Position");
        return Long.parseLong(position);
    }

    /** Stores a copy of an event as another aggregate's first, in a transaction left open; its position. */
    private static long storeACopy(Connection connection, long position) throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement("""
                insert into axon.domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                select gen_random_uuid()::text, gen_random_uuid()::text, 0, type, time_stamp, payload_type,
                    payload_revision, payload, meta_data
                from axon.domain_event_entry where global_index = ?
                returning global_index""")) {
            copy.setLong(1, position);
            try (ResultSet stored = copy.executeQuery()) {
                stored.next();
                return stored.getLong(1);
            }
        }
    }

    private long sequenceOfLink(long position) {
        return jdbc().sql("select sequence from audit.chain_link where position = ?").param(position)
                .query(Long.class).single();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
