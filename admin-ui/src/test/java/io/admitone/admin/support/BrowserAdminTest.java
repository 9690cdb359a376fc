package io.admitone.admin.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A test in a real headless Chromium of the admin UI against the real AdmitOne server of the test run. */
public abstract class BrowserAdminTest extends ChromiumTest {

    protected static final ServerApi SERVER = ServerApi.ofTestServer();

    @DynamicPropertySource
    static void pointAtTheTestServer(DynamicPropertyRegistry registry) {
        registry.add("admitone.admin.server-url", () -> AdmitOneServerProcess.get().url().toString());
    }
}
