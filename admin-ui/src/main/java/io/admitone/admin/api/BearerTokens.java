package io.admitone.admin.api;

import java.util.Optional;

/**
 * Where the client finds the signed-in user's token and keeps the stream position of their last write, so that
 * their next reads wait until the server's read models have caught up with it (read-your-writes).
 */
public interface BearerTokens {

    Optional<AccessToken> current();

    Optional<Long> lastWritePosition();

    void wrote(long position);
}
