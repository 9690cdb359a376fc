/**
 * Request rate limits in Redis, shared by every server instance: per authenticated caller (user or API
 * key), otherwise per client address, with limits configured per group of routes.
 */
package io.admitone.server.ratelimit;
