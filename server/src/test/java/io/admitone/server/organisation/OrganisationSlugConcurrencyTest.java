package io.admitone.server.organisation;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.organisation.CreateOrganisationCommand;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.AllAtOnce;
import io.admitone.server.ServerIntegrationTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationSlugConcurrencyTest extends ServerIntegrationTest {

    private static final int CONTENDERS = 8;

    @Autowired
    CommandGateway commands;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentCreationsWithTheSameSlugYieldExactlyOneOrganisation() throws Exception {
        List<TenantId> tenants = IntStream.range(0, CONTENDERS).mapToObj(i -> TenantId.random()).toList();
        List<String> outcomes = createAtOnce(tenants, "grand-hall");

        assertThat(outcomes).filteredOn("created"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("slug-taken"::equals).hasSize(CONTENDERS - 1);
        TenantId winner = tenants.get(outcomes.indexOf("created"));
        assertThat(jdbc.queryForList("select tenant_id::text from command.organisation_slug where slug = 'grand-hall'",
                String.class)).containsExactly(winner.toString());
        assertThat(jdbc.queryForList("""
                select aggregate_identifier from axon.domain_event_entry
                where payload_type = 'io.admitone.kernel.organisation.OrganisationCreated'
                  and convert_from(payload, 'UTF8')::jsonb ->> 'slug' = 'grand-hall'""", String.class))
                .containsExactly(winner.toString());
    }

    @Test
    void aCreationThatFailsToStoreItsEventLeavesItsSlugFree() {
        TenantId tenant = TenantId.random();
        commands.sendAndWait(create(tenant, "first-hall"));

        assertThatThrownBy(() -> commands.sendAndWait(create(tenant, "second-hall")));

        assertThat(jdbc.queryForList("select slug from command.organisation_slug where tenant_id = ?", String.class,
                tenant.value())).containsExactly("first-hall");
        commands.sendAndWait(create(TenantId.random(), "second-hall"));
    }

    @Test
    void anInvalidCreationIsRejectedWithoutClaimingTheSlug() {
        assertThatThrownBy(() -> commands.sendAndWait(
                new CreateOrganisationCommand(TenantId.random(), "Hall", "small-hall", "EUR", "Mars/Olympus", "en")))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo("invalid-organisation-settings"));
        assertThat(jdbc.queryForObject("select count(*) from command.organisation_slug where slug = 'small-hall'",
                Long.class)).isZero();
    }

    private List<String> createAtOnce(List<TenantId> tenants, String slug) throws InterruptedException {
        return AllAtOnce.run(tenants.stream().<Callable<String>>map(tenant -> () -> {
            try {
                commands.sendAndWait(create(tenant, slug));
                return "created";
            } catch (DomainRejection rejection) {
                return rejection.code();
            }
        }).toList());
    }

    private static CreateOrganisationCommand create(TenantId tenant, String slug) {
        return new CreateOrganisationCommand(tenant, "Hall", slug, "EUR", "Europe/Vienna", "de-AT");
    }
}
