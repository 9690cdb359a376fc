/**
 * Scheduled jobs: recurring tasks on db-scheduler, the persistent scheduler that also runs the deadlines, so each runs
 * on one instance at a time, where the {@code command} role runs; platform admins see each job's last and next run
 * and run one at once through {@code /api/v1/admin/jobs}.
 */
package io.admitone.server.jobs;
