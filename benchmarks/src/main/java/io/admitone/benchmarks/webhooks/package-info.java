/**
 * The webhook benchmark: starts a server on the default configuration and a local receiver, subscribes the receiver
 * several times to every event, causes events through the API as fast as a few clients can, and measures how fast
 * and how late the deliveries arrive, and whether any came twice or out of order.
 */
package io.admitone.benchmarks.webhooks;
