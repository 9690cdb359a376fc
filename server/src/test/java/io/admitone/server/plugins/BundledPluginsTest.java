package io.admitone.server.plugins;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BundledPluginsTest {

    private static final List<String> BUNDLED = List.of("countdown-widget.jar", "email-smtp.jar",
            "offline-payments.jar");

    @TempDir
    Path directory;

    @Test
    void aNewInstallationGetsEveryBundledPluginAndARemovedOneStaysRemoved() throws IOException {
        BundledPlugins.offerTo(directory);
        assertThat(jars()).containsExactlyInAnyOrderElementsOf(BUNDLED);

        Files.delete(directory.resolve("email-smtp.jar"));
        BundledPlugins.offerTo(directory);

        assertThat(jars()).containsExactlyInAnyOrder("countdown-widget.jar", "offline-payments.jar");
    }

    @Test
    void anUpgradedInstallationGetsOnlyThePluginsNewInItsRelease() throws IOException {
        Files.writeString(directory.resolve(BundledPlugins.OFFERED), "countdown-widget.jar\nemail-smtp.jar\n");

        BundledPlugins.offerTo(directory);

        assertThat(jars()).containsExactly("offline-payments.jar");
        assertThat(Files.readAllLines(directory.resolve(BundledPlugins.OFFERED)))
                .containsExactlyInAnyOrderElementsOf(BUNDLED);
    }

    private List<String> jars() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jar")).toList();
        }
    }
}
