package io.admitone.server.security;

import io.admitone.query.access.StaffDirectory;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How single sign-on is switched on and configured, and what a wrong configuration says when the server starts. */
class SingleSignOnConfigurationTest {

    private static final String ORG = UUID.randomUUID().toString();

    private final ApplicationContextRunner server = new ApplicationContextRunner()
            .withUserConfiguration(Authentication.class)
            .withBean(org.jooq.DSLContext.class, () -> DSL.using(SQLDialect.POSTGRES));

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({SecurityProperties.class, SsoProperties.class})
    @Import({StaffDirectory.class, SsoAuthentication.class})
    static class Authentication {
    }

    @Test
    void withoutAnIssuerSingleSignOnIsOffAndTheDefaultsApply() {
        server.withPropertyValues("admitone.security.sso.issuer-uri=").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(SsoAuthentication.class);
            SsoProperties sso = context.getBean(SsoProperties.class);
            assertThat(sso.enabled()).isFalse();
            assertThat(sso.emailClaim()).isEqualTo("email");
            assertThat(sso.requireVerifiedEmail()).isTrue();
            assertThat(sso.groupsClaim()).isEqualTo("groups");
            assertThat(sso.roleMappings()).isEmpty();
        });
    }

    @Test
    void anIssuerSwitchesItOnWithoutAskingTheProviderAnything() {
        try (IdentityProviderStandIn provider = IdentityProviderStandIn.start()) {
            server.withPropertyValues("admitone.security.sso.issuer-uri=" + provider.issuer()).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(SsoAuthentication.class);
                assertThat(context.getBean(SsoAuthentication.class).issuer()).isEqualTo(provider.issuer());
                assertThat(provider.requests()).isZero();
            });
        }
    }

    @Test
    void roleMappingsCanBeGivenAsEnvironmentVariables() {
        Map<String, Object> environment = Map.of(
                "ADMITONE_SECURITY_SSO_ROLEMAPPINGS_0_GROUP", "box-office-berlin",
                "ADMITONE_SECURITY_SSO_ROLEMAPPINGS_0_ORGANISATIONID", ORG,
                "ADMITONE_SECURITY_SSO_ROLEMAPPINGS_0_ROLE", "box-office");
        server.withInitializer(context -> context.getEnvironment().getPropertySources().replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)))
                .run(context -> assertThat(context.getBean(SsoProperties.class).roleMappings())
                        .containsExactly(new SsoProperties.RoleMapping("box-office-berlin", ORG, "box-office")));
    }

    @Test
    void anUnknownRoleStopsTheStartNamingTheMappingAndTheRoles() {
        expectStartFailure("role must be one of owner, admin, event-manager, box-office, finance, analyst, integrator; got 'viewer'",
                "admitone.security.sso.role-mappings[0].group=staff",
                "admitone.security.sso.role-mappings[0].organisation-id=" + ORG,
                "admitone.security.sso.role-mappings[0].role=analyst",
                "admitone.security.sso.role-mappings[1].group=viewers",
                "admitone.security.sso.role-mappings[1].organisation-id=" + ORG,
                "admitone.security.sso.role-mappings[1].role=viewer");
    }

    @Test
    void aMappingNeedsAGroupAndAnOrganisationId() {
        expectStartFailure("admitone.security.sso.role-mappings[0].group must name a group",
                "admitone.security.sso.role-mappings[0].organisation-id=" + ORG,
                "admitone.security.sso.role-mappings[0].role=analyst");
        expectStartFailure("admitone.security.sso.role-mappings[0].organisation-id must be an organisation id (a UUID); got 'arena'",
                "admitone.security.sso.role-mappings[0].group=staff",
                "admitone.security.sso.role-mappings[0].organisation-id=arena",
                "admitone.security.sso.role-mappings[0].role=analyst");
        expectStartFailure("got '1-2-3-4-5'",
                "admitone.security.sso.role-mappings[0].group=staff",
                "admitone.security.sso.role-mappings[0].organisation-id=1-2-3-4-5",
                "admitone.security.sso.role-mappings[0].role=analyst");
    }

    @Test
    void theIssuerMustBeAnHttpUrlOtherThanAdmitOnesOwnIssuer() {
        expectStartFailure("admitone.security.sso.issuer-uri (ADMITONE_SSO_ISSUER_URI) must be the issuer's http(s) URL",
                "admitone.security.sso.issuer-uri=login.example.com");
        expectStartFailure("admitone.security.sso.issuer-uri must differ from admitone.security.jwt.issuer",
                "admitone.security.jwt.issuer=https://login.example.com",
                "admitone.security.sso.issuer-uri=https://login.example.com");
    }

    @Test
    void claimNamesMayNotBeBlank() {
        expectStartFailure("admitone.security.sso.email-claim must name a claim", "admitone.security.sso.email-claim= ");
        expectStartFailure("admitone.security.sso.groups-claim must name a claim", "admitone.security.sso.groups-claim=");
    }

    private void expectStartFailure(String message, String... properties) {
        server.withPropertyValues(properties).run(context ->
                assertThat(context).getFailure().hasStackTraceContaining(message));
    }
}
