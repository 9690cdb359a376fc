package io.admitone.admin.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * After the provider has signed the user in: keeps their e-mail and the provider's access token in the HTTP session
 * for {@link SingleSignOnView} to sign them in to the admin, and forgets everything else Spring Security kept of the
 * flow, since the admin's own session is the one record of who is signed in.
 */
@Component
class SignInWithProviderToken implements AuthenticationSuccessHandler {

    private OAuth2AuthorizedClientRepository clients;

    void readClientsFrom(OAuth2AuthorizedClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        OAuth2AuthenticationToken signedIn = (OAuth2AuthenticationToken) authentication;
        OAuth2AuthorizedClient client = clients.loadAuthorizedClient(
                signedIn.getAuthorizedClientRegistrationId(), authentication, request);
        clients.removeAuthorizedClient(signedIn.getAuthorizedClientRegistrationId(), authentication, request, response);
        HttpSession session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        SecurityContextHolder.clearContext();
        String email = signedIn.getPrincipal() instanceof OidcUser user ? user.getEmail() : signedIn.getName();
        session.setAttribute(ProviderSignIn.class.getName(),
                new ProviderSignIn(email, client.getAccessToken().getTokenValue()));
        response.sendRedirect(request.getContextPath() + "/" + SingleSignOnView.ROUTE);
    }
}
