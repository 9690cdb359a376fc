/**
 * The audit hash chain's server side: checkpoints signed with the server's key every interval, and the command line
 * that verifies a chain against the database, or an export against a checkpoint with no database at all.
 */
package io.admitone.server.audit;
