package io.admitone.server.storage;

/** A stored file's content with the content type it was stored with. */
public record StoredFile(String contentType, byte[] content) {

    public int size() {
        return content.length;
    }
}
