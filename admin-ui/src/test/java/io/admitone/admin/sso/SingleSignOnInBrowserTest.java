package io.admitone.admin.sso;

import io.admitone.admin.support.AdmitOneServerProcess;
import io.admitone.admin.support.ChromiumTest;
import io.admitone.admin.support.OpenIdProviderStandIn;
import io.admitone.admin.support.ServerApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on end to end in a real browser: the admin UI runs the OpenID Connect flow with a real provider over
 * HTTP, and a real AdmitOne server configured for the same provider accepts the provider's token.
 */
class SingleSignOnInBrowserTest extends ChromiumTest {

    private static final OpenIdProviderStandIn PROVIDER = OpenIdProviderStandIn.start();
    private static final AdmitOneServerProcess SERVER = AdmitOneServerProcess.startWith(Map.of(
            "ADMITONE_SSO_ISSUER_URI", PROVIDER.issuer(),
            "ADMITONE_SSO_AUDIENCE", OpenIdProviderStandIn.AUDIENCE));

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("admitone.admin.server-url", () -> SERVER.url().toString());
        registry.add("admitone.admin.sso.issuer-uri", PROVIDER::issuer);
        registry.add("admitone.admin.sso.client-id", () -> OpenIdProviderStandIn.CLIENT_ID);
        registry.add("admitone.admin.sso.provider-name", () -> "Staff login");
    }

    @AfterAll
    static void stopTheServerAndProvider() {
        SERVER.close();
        PROVIDER.close();
    }

    @Test
    void aStaffMemberSignsInAtTheProviderAndGetsTheScreensOfTheirRoles() {
        ServerApi.Staff finance = new ServerApi(SERVER.url()).newOrganisationWithMember("finance");
        PROVIDER.signsIn(finance.email());

        page.open("login");
        providerLink().click();

        page.awaitPath("dashboard");
        page.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-side-nav-item[normalize-space(.)='Finance reports']")));
        assertThat(browser.findElements(By.xpath("//vaadin-side-nav-item[normalize-space(.)='Check-in']"))).isEmpty();
    }

    @Test
    void someoneAdmitOneDoesNotKnowIsToldSoAfterSigningInAtTheProvider() {
        PROVIDER.signsIn("stranger@example.com");

        page.open("login");
        providerLink().click();

        page.awaitPath("sso");
        assertThat(page.failureShown()).contains("AdmitOne does not know stranger@example.com");
        page.visit("dashboard");
        page.awaitPath("");
    }

    private org.openqa.selenium.WebElement providerLink() {
        return page.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Sign in with Staff login")));
    }
}
