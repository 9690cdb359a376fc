package io.admitone.server.jobs;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.access.Caller;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The scheduled jobs, for platform admins: each with what it does, when it runs next and when it last succeeded or
 * failed (as the persistent scheduler records them); and running one at once, which moves its next run to now.
 */
@RestController
@ConditionalOnRole(Role.COMMAND)
class JobsController {

    static final String JOBS = "/api/v1/admin/jobs";

    /** A job and its runs; {@code nextRun} null while it runs, or where no instance of the command role runs it. */
    record Job(String name, String description, Instant nextRun, Instant lastSuccess, Instant lastFailure,
               int consecutiveFailures, boolean running) {
    }

    record Jobs(List<Job> jobs) {
    }

    private final List<ScheduledJob> jobs;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final Clock clock;

    JobsController(List<ScheduledJob> jobs, ObjectProvider<SchedulerClient> scheduler, Clock clock) {
        this.jobs = List.copyOf(jobs);
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @GetMapping(JOBS)
    Mono<Jobs> jobs(@AuthenticationPrincipal Caller caller) {
        caller.requirePlatformAdmin();
        return Mono.fromCallable(() -> new Jobs(jobs.stream().map(this::job).toList()))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping(JOBS + "/{name}/run")
    Mono<ResponseEntity<Job>> run(@AuthenticationPrincipal Caller caller, @PathVariable String name) {
        caller.requirePlatformAdmin();
        ScheduledJob job = jobs.stream().filter(known -> known.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchJob(name));
        return Mono.fromCallable(() -> {
            if (!client().reschedule(instance(job), clock.instant())) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "Job " + name + " is running now");
            }
            return ResponseEntity.accepted().body(job(job));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private Job job(ScheduledJob job) {
        Optional<ScheduledExecution<Object>> execution = Optional.ofNullable(scheduler.getIfAvailable())
                .flatMap(client -> client.getScheduledExecution(instance(job)));
        return new Job(job.name(), job.description(),
                execution.filter(runs -> !runs.isPicked()).map(ScheduledExecution::getExecutionTime).orElse(null),
                execution.map(ScheduledExecution::getLastSuccess).orElse(null),
                execution.map(ScheduledExecution::getLastFailure).orElse(null),
                execution.map(ScheduledExecution::getConsecutiveFailures).orElse(0),
                execution.map(ScheduledExecution::isPicked).orElse(false));
    }

    private SchedulerClient client() {
        SchedulerClient client = scheduler.getIfAvailable();
        if (client == null) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "This instance runs no scheduler: ask one that runs the command role");
        }
        return client;
    }

    private static TaskInstanceId instance(ScheduledJob job) {
        return TaskInstanceId.of(job.name(), RecurringTask.INSTANCE);
    }

    static final class NoSuchJob extends DomainRejection {
        NoSuchJob(String name) {
            super("not-found", Kind.NOT_FOUND, "No scheduled job " + name);
        }
    }
}
