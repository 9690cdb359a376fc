/**
 * The audit trail screen: an organisation's events as the event store holds them, filtered and inspected with their
 * metadata, the verification of the hash chain over them, and the signed checkpoints of its head.
 */
package io.admitone.admin.audit;
