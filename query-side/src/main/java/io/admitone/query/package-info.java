/**
 * The read side's HTTP APIs over the read models. Queries run on a bounded elastic scheduler, never on the
 * event loop, and never write.
 */
package io.admitone.query;
