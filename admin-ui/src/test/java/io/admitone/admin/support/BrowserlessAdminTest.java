package io.admitone.admin.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import io.admitone.admin.signin.SignInView;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A browserless test of the admin's views (no browser: the views run in the test JVM) against the real AdmitOne
 * server of the test run, which it reaches over HTTP as in production.
 */
@SpringBootTest
public abstract class BrowserlessAdminTest extends SpringBrowserlessTest {

    protected static final ServerApi SERVER = ServerApi.ofTestServer();

    @DynamicPropertySource
    static void pointAtTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("admitone.admin.server-url", () -> AdmitOneServerProcess.get().url().toString());
    }

    /** Signs in through the sign-in view, as the staff member would, and lands where sign-in leads. */
    protected void signIn(ServerApi.Staff staff) {
        navigate(SignInView.class);
        test(find(EmailField.class).single()).setValue(staff.email());
        test(find(PasswordField.class).single()).setValue(staff.password());
        test(find(Button.class).withText("Sign in").single()).click();
    }
}
