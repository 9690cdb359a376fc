/**
 * Read-your-writes across the asynchronous projections: every successful write answers the event-stream position
 * it reached ({@code X-AdmitOne-Position}), and a read that passes it back as {@code ?minPosition=} waits, briefly
 * and bounded, until the read models have passed it. Done once, as a web filter, for every endpoint.
 */
package io.admitone.server.consistency;
