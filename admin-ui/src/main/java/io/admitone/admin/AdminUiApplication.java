package io.admitone.admin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The admin UI process. Styles are plain stylesheets served from {@code META-INF/resources}, so the
 * application runs on Vaadin's pre-built frontend bundle and never needs an npm build. Server push lets live widgets
 * show changes without the user asking.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/admitone.css")
@Push
public class AdminUiApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(AdminUiApplication.class, args);
    }
}
