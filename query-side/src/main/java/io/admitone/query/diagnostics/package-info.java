/**
 * Reads diagnostic probes, so an operator can see that a probe's echo came back through the whole platform.
 */
package io.admitone.query.diagnostics;
