/**
 * Conditional requests: reads under {@code /api/v1/} carry a weak {@code ETag} of their representation and answer
 * {@code 304} to a matching {@code If-None-Match}; a {@code PATCH}, {@code PUT} or {@code DELETE} with
 * {@code If-Match} is refused with {@code 412} unless the resource as read now still has that tag.
 */
package io.admitone.server.conditional;
