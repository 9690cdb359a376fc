/**
 * Diagnostic probes on the write side: a probe is an aggregate that records its start, schedules a
 * persistent deadline, and records the echo when the deadline fires — also after a restart.
 */
package io.admitone.command.diagnostics.probe;
