/**
 * The one backend executable. It starts or connects to the infrastructure (PostgreSQL, Redis, Axon) and
 * switches the command side, the projections and the query side on according to {@code admitone.roles}.
 */
package io.admitone.server;
