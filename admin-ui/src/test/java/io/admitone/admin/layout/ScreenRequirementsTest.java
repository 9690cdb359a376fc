package io.admitone.admin.layout;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each navigation entry opens a view that asks for what the entry promises: the menu never offers a door the view
 * keeps shut, and never hides a view from someone it would let in.
 */
class ScreenRequirementsTest {

    private static final Map<String, Class<?>> VIEWS_BY_ROUTE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.admitone.admin").stream()
            .filter(type -> type.isAnnotatedWith(Route.class))
            .map(JavaClass::reflect)
            .collect(Collectors.toMap(view -> view.getAnnotation(Route.class).value(), Function.identity()));

    @Test
    void everyScreenHasAViewAtItsRoute() {
        for (Screen screen : Screen.values()) {
            assertThat(VIEWS_BY_ROUTE).as("the view of %s", screen).containsKey(screen.route());
            assertThat(VIEWS_BY_ROUTE.get(screen.route()).getAnnotation(Route.class).layout())
                    .as("%s sits in the admin's frame", screen).isEqualTo(AdminLayout.class);
        }
    }

    @Test
    void everyScreensViewRequiresWhatItsEntrySays() {
        for (Screen screen : Screen.values()) {
            Requires requirement = VIEWS_BY_ROUTE.get(screen.route()).getAnnotation(Requires.class);
            if (screen == Screen.DASHBOARD) {
                assertThat(requirement).as("the dashboard is open to every signed-in user").isNull();
            } else {
                assertThat(requirement).as("%s's view declares @Requires", screen).isNotNull();
                assertThat(requirement.platformAdmin()).as("%s is for platform admins", screen)
                        .isEqualTo(screen.platformAdmin());
                if (!screen.platformAdmin()) {
                    assertThat(requirement.value()).as("what %s requires", screen).isEqualTo(screen.operation());
                }
            }
        }
    }
}
