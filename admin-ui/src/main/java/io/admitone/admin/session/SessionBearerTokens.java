package io.admitone.admin.session;

import io.admitone.admin.api.AccessToken;
import io.admitone.admin.api.BearerTokens;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The API client's view of the signed-in user of the Vaadin session it is called in. */
@Component
class SessionBearerTokens implements BearerTokens {

    @Override
    public Optional<AccessToken> current() {
        return AdminSession.signedInUser().map(SignedInUser::accessToken);
    }

    @Override
    public Optional<Long> lastWritePosition() {
        return AdminSession.lastWritePosition();
    }

    @Override
    public void wrote(long position) {
        AdminSession.wrote(position);
    }
}
