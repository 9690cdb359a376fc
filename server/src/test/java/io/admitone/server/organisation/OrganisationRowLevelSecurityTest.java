package io.admitone.server.organisation;

import io.admitone.kernel.organisation.ChangeBrandingCommand;
import io.admitone.kernel.organisation.CreateOrganisationCommand;
import io.admitone.kernel.organisation.SuspendOrganisationCommand;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.organisation.OrganisationReader;
import io.admitone.query.organisation.OrganisationView;
import io.admitone.query.tenancy.TenantScopedQueries;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OrganisationRowLevelSecurityTest extends ServerIntegrationTest {

    private static final String UNFILTERED = "select tenant_id from read.organisation";

    @Autowired
    CommandGateway commands;

    @Autowired
    OrganisationReader organisations;

    @Autowired
    TenantScopedQueries tenantScoped;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final TenantId tenantA = TenantId.random();
    private final TenantId tenantB = TenantId.random();

    @BeforeEach
    void twoOrganisationsInTheReadModel() {
        create(tenantA, "alpha-" + tenantA.value().toString().substring(0, 8));
        create(tenantB, "beta-" + tenantB.value().toString().substring(0, 8));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                organisations.find(tenantA).blockOptional().isPresent()
                        && organisations.find(tenantB).blockOptional().isPresent());
    }

    @Test
    void anUnfilteredQueryAsATenantSeesOnlyThatTenantsRow() {
        assertThat(unfilteredAs(tenantA)).containsExactly(tenantA.value());
        assertThat(unfilteredAs(tenantB)).containsExactly(tenantB.value());
    }

    @Test
    void aTenantFilteringForAnotherTenantGetsNothing() {
        List<UUID> rows = tenantScoped.read(tenantA, db -> db
                .fetch(UNFILTERED + " where tenant_id = ?", tenantB.value())
                .getValues(0, UUID.class)).block();
        assertThat(rows).isEmpty();
    }

    @Test
    void theReaderRoleWithoutATenantSeesNothing() {
        List<UUID> rows = transactions.execute(status -> {
            jdbc.execute("set local role admitone_reader");
            return jdbc.queryForList(UNFILTERED, UUID.class);
        });
        assertThat(rows).isEmpty();
    }

    @Test
    void theOwnerThatProjectionsWriteAsSeesEveryTenant() {
        assertThat(jdbc.queryForList(UNFILTERED, UUID.class)).contains(tenantA.value(), tenantB.value());
    }

    @Test
    void brandingAndSuspensionReachTheReadModel() {
        commands.sendAndWait(new ChangeBrandingCommand(tenantA, "Alpha Arena", "https://cdn.example.com/a.png",
                "#FF0000", "#00ff00", "tickets.alpha.example", "Alpha Box Office", "tickets@alpha.example"));
        commands.sendAndWait(new SuspendOrganisationCommand(tenantA, "unpaid"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            OrganisationView view = organisations.find(tenantA).block();
            assertThat(view.status()).isEqualTo("SUSPENDED");
            assertThat(view.displayName()).isEqualTo("Alpha Arena");
            assertThat(view.primaryColour()).isEqualTo("#ff0000");
            assertThat(view.customDomain()).isEqualTo("tickets.alpha.example");
            assertThat(view.emailSenderName()).isEqualTo("Alpha Box Office");
            assertThat(view.emailSenderAddress()).isEqualTo("tickets@alpha.example");
        });
    }

    private List<UUID> unfilteredAs(TenantId tenant) {
        return tenantScoped.read(tenant, db -> db.fetch(UNFILTERED).getValues(0, UUID.class)).block();
    }

    private void create(TenantId tenant, String slug) {
        commands.sendAndWait(new CreateOrganisationCommand(tenant, "Org " + slug, slug, "EUR", "Europe/Paris", "fr-FR"));
    }
}
