/**
 * Where the server keeps files such as organisation logos and exports: the {@code FileStorage} port, a local
 * directory by default, or an S3-compatible bucket (AWS S3, MinIO, Ceph, ...) when one is configured.
 */
package io.admitone.server.storage;
