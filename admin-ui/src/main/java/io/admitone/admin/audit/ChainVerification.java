package io.admitone.admin.audit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The answer of {@code GET .../audit/verify}: whether the organisation's hash chain holds, and if not, where not. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChainVerification(boolean verified, long events, Head head, long unchained, Break firstBreak) {

    /** The chain's last link. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Head(long position, long sequence, String hash) {
    }

    /** The first link that does not hold: {@code changed}, {@code missing} or {@code unlinked}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Break(long position, String eventId, String reason, String expectedHash, String actualHash) {
    }

    /** What the verification found, in a sentence for the person who asked. */
    String summary() {
        if (verified) {
            String head = this.head == null ? "nothing is linked yet"
                    : "head at position " + this.head.position() + " (link " + this.head.sequence() + ", hash "
                    + this.head.hash() + ")";
            return "Verified: " + events + " events, " + head + "." + unchainedNote();
        }
        return "Broken at position " + firstBreak.position() + " (event " + firstBreak.eventId() + "): "
                + reason(firstBreak.reason()) + ". The " + events + " links before it hold." + unchainedNote();
    }

    private String unchainedNote() {
        return unchained == 0 ? "" : " " + unchained + " newer events are not linked yet.";
    }

    private static String reason(String code) {
        return switch (code) {
            case "changed" -> "the stored event no longer hashes to its link";
            case "missing" -> "the linked event, or links, are gone";
            case "unlinked" -> "an event of the organisation before the head has no link";
            default -> code;
        };
    }
}
