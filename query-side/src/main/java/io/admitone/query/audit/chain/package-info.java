/**
 * The audit hash chain as finance checks it: recomputed from the event store and compared with its links, and its
 * heads signed as checkpoints that can be checked outside AdmitOne against an export of the trail.
 */
package io.admitone.query.audit.chain;
