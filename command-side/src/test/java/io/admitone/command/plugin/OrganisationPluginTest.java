package io.admitone.command.plugin;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.plugin.DisablePluginCommand;
import io.admitone.kernel.plugin.EnablePluginCommand;
import io.admitone.kernel.plugin.PluginDisabled;
import io.admitone.kernel.plugin.PluginEnabled;
import io.admitone.kernel.plugin.PluginReconfigured;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class OrganisationPluginTest {

    static final Instant EARLIER = Instant.parse("2027-03-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final TenantId TENANT = TenantId.of("3b0a3f7e-1c55-4d0e-9d0a-6c9f0d2b7a11");
    static final String PLUGIN = "pay-later";
    static final String SETTINGS = "{\"merchantId\":\"m-1\"}";
    static final String OTHER_SETTINGS = "{\"merchantId\":\"m-2\"}";

    private AggregateTestFixture<OrganisationPlugin> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OrganisationPlugin.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void anOrganisationEnablesAPluginWithItsSettings() {
        fixture.givenNoPriorActivity()
                .when(new EnablePluginCommand(TENANT, PLUGIN, SETTINGS))
                .expectEvents(new PluginEnabled(TENANT, PLUGIN, SETTINGS, NOW));
    }

    @Test
    void otherSettingsReconfigureTheEnabledPlugin() {
        fixture.given(new PluginEnabled(TENANT, PLUGIN, SETTINGS, EARLIER))
                .when(new EnablePluginCommand(TENANT, PLUGIN, OTHER_SETTINGS))
                .expectEvents(new PluginReconfigured(TENANT, PLUGIN, OTHER_SETTINGS, NOW));
    }

    @Test
    void theSameSettingsAgainChangeNothing() {
        fixture.given(new PluginEnabled(TENANT, PLUGIN, SETTINGS, EARLIER))
                .when(new EnablePluginCommand(TENANT, PLUGIN, SETTINGS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anEnabledPluginIsDisabledAndEnabledAgainWithTheSettingsGiven() {
        fixture.given(new PluginEnabled(TENANT, PLUGIN, SETTINGS, EARLIER))
                .when(new DisablePluginCommand(TENANT, PLUGIN))
                .expectEvents(new PluginDisabled(TENANT, PLUGIN, NOW));
        fixture.given(new PluginEnabled(TENANT, PLUGIN, SETTINGS, EARLIER), new PluginDisabled(TENANT, PLUGIN, EARLIER))
                .when(new EnablePluginCommand(TENANT, PLUGIN, SETTINGS))
                .expectEvents(new PluginEnabled(TENANT, PLUGIN, SETTINGS, NOW));
    }

    @Test
    void disablingAPluginThatIsNotEnabledChangesNothing() {
        fixture.givenNoPriorActivity()
                .when(new DisablePluginCommand(TENANT, PLUGIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(new PluginEnabled(TENANT, PLUGIN, SETTINGS, EARLIER), new PluginDisabled(TENANT, PLUGIN, EARLIER))
                .when(new DisablePluginCommand(TENANT, PLUGIN))
                .expectNoEvents();
    }
}
