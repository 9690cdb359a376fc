package io.admitone.server.audit;

import io.admitone.kernel.identity.StaffRole;
import io.admitone.query.audit.chain.ChainCheckpoints;
import io.admitone.server.ServerIntegrationTest;
import io.admitone.server.catalog.CatalogRequests;
import io.admitone.server.lists.Pages;
import io.admitone.server.security.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.admitone.server.audit.ChainChecks.awaitChained;
import static io.admitone.server.audit.ChainChecks.commandLine;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed checkpoints of the chain head: made on request or by the periodic round, listed newest first, and checked
 * outside the server against a JSON lines export and the published keys, which an edited export no longer matches.
 */
class HashChainCheckpointTest extends ServerIntegrationTest {

    @Autowired
    private JwtEncoder tokens;
    @Autowired
    private ChainCheckpoints checkpoints;

    @Test
    void aCheckpointVerifiesAgainstTheExportAndNotAgainstAnEditedExport(@TempDir Path files) throws IOException {
        AuditedCatalog catalog = AuditedCatalog.build(http, admin, tokens);
        WebTestClient finance = member(catalog.org(), StaffRole.FINANCE);
        JsonNode head = awaitChained(finance, catalog.org(), AuditedCatalog.TYPES.size()).get("head");

        JsonNode checkpoint = checkpoint(finance, catalog.org());
        assertThat(checkpoint.get("sequence").asLong()).isEqualTo(head.get("sequence").asLong());
        assertThat(checkpoint.get("hash").asString()).isEqualTo(head.get("hash").asString());
        Path export = Files.write(files.resolve("trail.jsonl"), AuditedCatalog.lines(finance, catalog.events()));
        Path jws = Files.writeString(files.resolve("checkpoint.jws"), checkpoint.get("jws").asString());
        Path jwks = Files.writeString(files.resolve("jwks.json"), http.get().uri("/.well-known/jwks.json")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());

        ChainChecks.Outcome verified = verifyExport(export, jws, jwks);
        assertThat(verified.status()).as(verified.output()).isZero();
        assertThat(verified.output()).startsWith("verified").contains(catalog.org(), head.get("hash").asString());

        Path edited = Files.writeString(files.resolve("edited.jsonl"),
                Files.readString(export).replace("Audit night", "Audit nite"));
        ChainChecks.Outcome broken = verifyExport(edited, jws, jwks);
        assertThat(broken.status()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).startsWith("NOT verified");
    }

    @Test
    void aCheckpointSignedByAnotherKeyDoesNotVerify(@TempDir Path files) throws IOException {
        AuditedCatalog catalog = AuditedCatalog.build(http, admin, tokens);
        WebTestClient finance = member(catalog.org(), StaffRole.FINANCE);
        awaitChained(finance, catalog.org(), AuditedCatalog.TYPES.size());
        Path export = Files.write(files.resolve("trail.jsonl"), AuditedCatalog.lines(finance, catalog.events()));
        Path jws = Files.writeString(files.resolve("checkpoint.jws"),
                checkpoint(finance, catalog.org()).get("jws").asString());
        Path otherKeys = Files.writeString(files.resolve("jwks.json"),
                "{\"keys\":[" + SigningKeys.generate().toPublicJWK().toJSONString() + "]}");

        assertThat(verifyExport(export, jws, otherKeys).status()).isEqualTo(1);
    }

    @Test
    void aHeadIsSignedOnceAndTheRoundSignsOnlyHeadsThatMoved() {
        AuditedCatalog catalog = AuditedCatalog.build(http, admin, tokens);
        WebTestClient finance = member(catalog.org(), StaffRole.FINANCE);
        awaitChained(finance, catalog.org(), AuditedCatalog.TYPES.size());

        checkpoints.checkpointMovedHeads(Duration.ofHours(1));
        List<JsonNode> signed = Pages.all(finance, list(catalog.org()), 10);
        assertThat(signed).hasSize(1);
        finance.post().uri(list(catalog.org())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.checkpointId").isEqualTo(signed.getFirst().get("checkpointId").asString());
        checkpoints.checkpointMovedHeads(Duration.ofHours(1));
        assertThat(Pages.all(finance, list(catalog.org()), 10)).hasSize(1);
    }

    @Test
    void checkpointsAreListedNewestFirstForThoseWhoReadTheBooks() {
        AuditedCatalog catalog = AuditedCatalog.build(http, admin, tokens);
        WebTestClient finance = member(catalog.org(), StaffRole.FINANCE);
        awaitChained(finance, catalog.org(), AuditedCatalog.TYPES.size());
        long first = checkpoint(finance, catalog.org()).get("sequence").asLong();
        CatalogRequests.addTicketType(member(catalog.org(), StaffRole.EVENT_MANAGER), catalog.org(), catalog.event(),
                CatalogRequests.ticketType("Balcony", "20.00", "EUR", "Floor", null));
        awaitChained(finance, catalog.org(), AuditedCatalog.TYPES.size() + 1);
        long second = checkpoint(finance, catalog.org()).get("sequence").asLong();

        assertThat(Pages.field(Pages.all(finance, list(catalog.org()), 1), "sequence"))
                .containsExactly(Long.toString(second), Long.toString(first));
        member(catalog.org(), StaffRole.BOX_OFFICE).post().uri(list(catalog.org())).exchange()
                .expectStatus().isForbidden();
        member(createOrganisation("checkpoint-stranger"), StaffRole.FINANCE).get().uri(list(catalog.org()))
                .exchange().expectStatus().isNotFound();
    }

    private static JsonNode checkpoint(WebTestClient client, String org) {
        return client.post().uri(list(org)).exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static String list(String org) {
        return "/api/v1/orgs/" + org + "/audit/checkpoints";
    }

    private static ChainChecks.Outcome verifyExport(Path export, Path jws, Path jwks) {
        return commandLine("audit", "verify-export", "--export", export.toString(), "--checkpoint", jws.toString(),
                "--jwks", jwks.toString());
    }
}
