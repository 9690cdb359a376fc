package io.admitone.server.infrastructure;

/** How to reach the PostgreSQL database that holds the event store and the read models. */
public record DatabaseEndpoint(String url, String user, String password) {

    @Override
    public String toString() {
        return "DatabaseEndpoint[url=" + url + ", user=" + user + "]";
    }
}
