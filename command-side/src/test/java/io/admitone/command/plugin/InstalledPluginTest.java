package io.admitone.command.plugin;

import io.admitone.kernel.plugin.InstallPluginCommand;
import io.admitone.kernel.plugin.PluginInstalled;
import io.admitone.kernel.plugin.PluginRelease;
import io.admitone.kernel.plugin.PluginRemoved;
import io.admitone.kernel.plugin.PluginUpgraded;
import io.admitone.kernel.plugin.RemovePluginCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

class InstalledPluginTest {

    static final Instant EARLIER = Instant.parse("2027-03-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2027-03-01T19:30:00Z");
    static final String PLUGIN = "pay-later";
    static final PluginRelease V1 = release("1.0.0", "aa");
    static final PluginRelease V1_1 = release("1.1.0", "bb");

    private AggregateTestFixture<InstalledPlugin> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(InstalledPlugin.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aFirstReleaseInstallsThePlugin() {
        fixture.givenNoPriorActivity()
                .when(new InstallPluginCommand(PLUGIN, V1))
                .expectEvents(new PluginInstalled(PLUGIN, V1, NOW));
    }

    @Test
    void anotherVersionUpgradesIt() {
        fixture.given(new PluginInstalled(PLUGIN, V1, EARLIER))
                .when(new InstallPluginCommand(PLUGIN, V1_1))
                .expectEvents(new PluginUpgraded(PLUGIN, "1.0.0", V1_1, NOW));
    }

    @Test
    void theReleaseItHoldsAgainChangesNothing() {
        fixture.given(new PluginInstalled(PLUGIN, V1, EARLIER))
                .when(new InstallPluginCommand(PLUGIN, V1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theSameVersionWithOtherContentsIsRefused() {
        fixture.given(new PluginInstalled(PLUGIN, V1, EARLIER))
                .when(new InstallPluginCommand(PLUGIN, release("1.0.0", "cc")))
                .expectException(PluginReleaseConflict.class)
                .expectNoEvents();
    }

    @Test
    void anInstalledPluginIsRemovedAndCanBeInstalledAgain() {
        fixture.given(new PluginInstalled(PLUGIN, V1, EARLIER))
                .when(new RemovePluginCommand(PLUGIN))
                .expectEvents(new PluginRemoved(PLUGIN, "1.0.0", NOW));
        fixture.given(new PluginInstalled(PLUGIN, V1, EARLIER), new PluginRemoved(PLUGIN, "1.0.0", EARLIER))
                .when(new InstallPluginCommand(PLUGIN, V1_1))
                .expectEvents(new PluginInstalled(PLUGIN, V1_1, NOW));
    }

    @Test
    void removingAPluginThatIsNotInstalledIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RemovePluginCommand(PLUGIN))
                .expectException(PluginNotInstalled.class);
        fixture.given(new PluginInstalled(PLUGIN, V1, EARLIER), new PluginRemoved(PLUGIN, "1.0.0", EARLIER))
                .when(new RemovePluginCommand(PLUGIN))
                .expectException(PluginNotInstalled.class)
                .expectNoEvents();
    }

    private static PluginRelease release(String version, String sha256) {
        return new PluginRelease(version, "Pay later", List.of("payments"), "{\"type\":\"object\"}", sha256);
    }
}
