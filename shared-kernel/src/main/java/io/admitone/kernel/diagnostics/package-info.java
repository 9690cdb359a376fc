/**
 * Diagnostic probes: an operator starts a probe and the platform echoes it through every moving part
 * (command handling, the event store, a persistent deadline, a tracking projection, the query side), so a
 * deployment can be checked end to end without touching business data.
 */
package io.admitone.kernel.diagnostics;
