package io.admitone.server.projections;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Replays a projection from the start of the event store: stops its processor, resets its tokens (its reset handler
 * empties its tables) and starts it again, whatever happened in between. Blocking work, so off the event loop.
 */
@Component
class ProjectionReplays {

    private final ProcessorStatuses statuses;

    ProjectionReplays(ProcessorStatuses statuses) {
        this.statuses = statuses;
    }

    Mono<ProcessorStatus> replay(String name) {
        return Mono.fromCallable(() -> {
            StreamingEventProcessor processor = statuses.processor(name);
            if (!processor.supportsReset()) {
                throw new ProjectionNotReplayable(name);
            }
            processor.shutDown();
            try {
                processor.resetTokens();
            } catch (UnableToClaimTokenException claimedElsewhere) {
                throw new ProjectionClaimedElsewhere(name);
            } finally {
                processor.start();
            }
            return statuses.named(name);
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
