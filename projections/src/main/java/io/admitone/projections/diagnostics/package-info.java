/**
 * The read model of diagnostic probes: one row per probe, showing whether its echo came back.
 */
package io.admitone.projections.diagnostics;
