/**
 * Roles decide which modules a server process runs, so the same jar serves as an all-in-one process or
 * as one part of a scaled-out deployment.
 */
package io.admitone.server.roles;
