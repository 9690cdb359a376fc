package io.admitone.admin.invitation;

import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

/** The link to this admin's invitation page that an invited staff member opens to choose their password. */
public final class InvitationLink {

    private InvitationLink() {
    }

    /** The link for {@code user} with {@code token}, on the host and path the inviting admin is using now. */
    public static String to(UUID user, String token) {
        return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .path("/" + AcceptInvitationView.ROUTE)
                .queryParam("user", user)
                .queryParam("token", token)
                .encode().build().toUriString();
    }
}
