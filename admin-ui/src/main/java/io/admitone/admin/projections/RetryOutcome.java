package io.admitone.admin.projections;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a retry of dead letters did: sequences tried, cleared, and letters still parked. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RetryOutcome(int sequencesRetried, int sequencesCleared, long deadLettersLeft) {

    String summary() {
        return "Retried " + sequencesRetried + ", cleared " + sequencesCleared + "; " + deadLettersLeft
                + " dead letters left.";
    }
}
