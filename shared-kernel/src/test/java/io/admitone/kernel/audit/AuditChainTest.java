package io.admitone.kernel.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChainTest {

    private static final AuditedEvent VENUE = new AuditedEvent(42,
            UUID.fromString("0b5c3f0e-7d7a-4a57-9a53-2d6f3c1e9b11"), "VenueCreated", "Venue", "v-1", 0L,
            Instant.parse("2027-03-01T19:30:00.123456789Z"),
            "{ \"venueId\": \"v-1\", \"tenantId\": \"t\", \"name\": \"Hall\", \"capacity\": 500.0 }",
            "{\"actor\":\"a\"}");

    @Test
    void theCanonicalFormSortsKeysDropsWhitespaceAndKeepsTheTimeToTheMicrosecond() {
        assertThat(new String(AuditChain.canonical(VENUE), StandardCharsets.UTF_8)).isEqualTo(
                "{\"aggregateId\":\"v-1\",\"aggregateType\":\"Venue\",\"eventId\":"
                        + "\"0b5c3f0e-7d7a-4a57-9a53-2d6f3c1e9b11\",\"metadata\":{\"actor\":\"a\"},"
                        + "\"occurredAt\":\"2027-03-01T19:30:00.123456Z\",\"payload\":{\"capacity\":500,"
                        + "\"name\":\"Hall\",\"tenantId\":\"t\",\"venueId\":\"v-1\"},\"position\":42,"
                        + "\"sequenceNumber\":0,\"type\":\"VenueCreated\"}");
    }

    @Test
    void theFirstLinkHashesThirtyTwoZeroBytesAndTheCanonicalEvent() {
        // SHA-256(32 zero bytes || canonical form above), computed outside Java
        assertThat(HexFormat.of().formatHex(AuditChain.link(AuditChain.genesis(), VENUE)))
                .isEqualTo("1cb4f5b5aef7567bde7418a3565548816e5972c7ee3b48747eb9b0e84693ceea");
    }

    @Test
    void eachLinkDependsOnTheOneBefore() {
        byte[] first = AuditChain.link(AuditChain.genesis(), VENUE);
        assertThat(AuditChain.link(first, VENUE)).isNotEqualTo(first).hasSize(AuditChain.HASH_BYTES);
    }

    @Test
    void anEventOfNoAggregateAndStringsThatNeedEscapingAreCanonical() {
        AuditedEvent odd = new AuditedEvent(7, UUID.randomUUID(), "Note", null, null, null, Instant.EPOCH,
                "{\"text\":\"a \\\"quote\\\"\"}", "{}");
        assertThat(new String(AuditChain.canonical(odd), StandardCharsets.UTF_8))
                .contains("\"aggregateId\":null,\"aggregateType\":null")
                .contains("\"occurredAt\":\"1970-01-01T00:00:00Z\"")
                .contains("\"sequenceNumber\":null")
                .contains("\"text\":\"a \\\"quote\\\"\"");
    }

    @Test
    void aPayloadThatIsNoJsonCannotBeLinked() {
        AuditedEvent broken = new AuditedEvent(7, UUID.randomUUID(), "Note", null, null, null, Instant.EPOCH,
                "{\"text\":", "{}");
        assertThatThrownBy(() -> AuditChain.link(AuditChain.genesis(), broken))
                .isInstanceOf(AuditChain.NotCanonicalizable.class).hasMessageContaining("position 7");
    }
}
