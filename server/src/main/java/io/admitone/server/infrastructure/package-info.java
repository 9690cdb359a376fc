/**
 * Connections to PostgreSQL and Redis. With no configuration the server starts both itself, as real
 * embedded servers with their data under {@code admitone.data-dir}; with configuration it starts nothing.
 */
package io.admitone.server.infrastructure;
