package io.admitone.server.infrastructure;

import java.net.URI;
import java.util.Optional;

/**
 * How to reach Redis: {@code redis://[user:password@]host:port} (or {@code rediss://} for TLS). The
 * credentials are kept apart from the address, so that the address can be logged.
 */
public record RedisEndpoint(String url) {

    String address() {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() == -1 ? 6379 : uri.getPort());
    }

    Optional<String> username() {
        return userInfo().map(info -> info.split(":", 2)[0]).filter(name -> !name.isEmpty());
    }

    Optional<String> password() {
        return userInfo().filter(info -> info.contains(":")).map(info -> info.split(":", 2)[1]);
    }

    private Optional<String> userInfo() {
        return Optional.ofNullable(URI.create(url).getUserInfo());
    }

    @Override
    public String toString() {
        return "RedisEndpoint[" + address() + "]";
    }
}
