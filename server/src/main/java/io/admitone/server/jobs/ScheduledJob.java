package io.admitone.server.jobs;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

import java.time.Instant;

/** A job the server runs on a schedule: its name (as the API knows it), what it does, when, and the work. */
interface ScheduledJob {

    String name();

    String description();

    Schedule schedule();

    /** Does the job's work as of {@code now}; an exception is a failed run, tried again at the next one. */
    void run(Instant now);
}
