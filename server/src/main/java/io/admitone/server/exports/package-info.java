/**
 * An organisation's exports: files the server writes for it to the file storage, such as the daily finance summaries,
 * recorded with their day and size, which its finance staff list and download through
 * {@code /api/v1/orgs/{orgId}/exports}.
 */
package io.admitone.server.exports;
