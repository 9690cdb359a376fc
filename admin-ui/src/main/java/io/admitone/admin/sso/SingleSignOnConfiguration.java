package io.admitone.admin.sso;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security runs the OpenID Connect authorisation code flow (state, nonce, PKCE, the ID token's checks) on its
 * own paths, {@code /oauth2/**} and {@code /login/oauth2/**}, and nowhere else: every other request is Vaadin's, whose
 * sign-in guard decides who may see what. With single sign-on off, those paths are closed.
 */
@Configuration
class SingleSignOnConfiguration {

    static final String REGISTRATION = "sso";

    @Bean
    @ConditionalOnExpression("!'${admitone.admin.sso.issuer-uri:}'.isBlank()")
    ClientRegistrationRepository singleSignOnProvider(SingleSignOnProperties sso) {
        ClientRegistration.Builder registration = ClientRegistrations
                .fromIssuerLocation(sso.issuerUri().toString())
                .registrationId(REGISTRATION)
                .clientId(sso.clientId())
                .scope("openid", "email", "profile")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
        if (sso.clientSecret().isBlank()) {
            registration.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            registration.clientSecret(sso.clientSecret());
        }
        return new InMemoryClientRegistrationRepository(registration.build());
    }

    @Bean
    SecurityFilterChain singleSignOnFlow(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> providers,
                                         SignInWithProviderToken signIn) throws Exception {
        http.securityMatcher("/oauth2/**", "/login/oauth2/**");
        if (providers.getIfAvailable() == null) {
            return http.authorizeHttpRequests(paths -> paths.anyRequest().denyAll()).build();
        }
        HttpSessionOAuth2AuthorizedClientRepository clients = new HttpSessionOAuth2AuthorizedClientRepository();
        signIn.readClientsFrom(clients);
        return http
                .authorizeHttpRequests(paths -> paths.anyRequest().permitAll())
                .oauth2Login(login -> login
                        .authorizedClientRepository(clients)
                        .successHandler(signIn)
                        .failureHandler((request, response, failure) ->
                                response.sendRedirect(request.getContextPath() + "/login?sso=failed")))
                .build();
    }
}
