package io.admitone.server.webhooks.reads;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes the webhook read tables directly, as the owner the projections write as, so that the reads are tested
 * against rows of every shape without sending a webhook.
 */
final class WebhookRows {

    static final Instant START = Instant.parse("2026-11-01T10:00:00Z");
    /**
     * Rows made here only show how reads answer: the queues are leased to another instance for good, so that the
     * running server's dispatcher never sends their pending deliveries and logs attempts against them.
     */
    private static final Instant LEASED_ELSEWHERE = Instant.parse("2999-01-01T00:00:00Z");

    private final JdbcTemplate jdbc;

    WebhookRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A subscription to {@code order.*} and {@code hold.expired}; what varies between tests are these settings. */
    record Settings(String url, boolean enabled, Instant disabledAt, Instant createdAt) {

        static Settings active(String url, Instant createdAt) {
            return new Settings(url, true, null, createdAt);
        }
    }

    UUID subscription(String org, Settings settings) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into read.webhook_subscription (subscription_id, tenant_id, url, event_types, description,
                    enabled, sealed_secret, previous_sealed_secret, previous_secret_valid_until, created_at,
                    changed_at, position, disabled_at, disabled_reason, failing_since, lease_owner, lease_until)
                values (?, ?, ?, string_to_array(?, ','), ?, ?, 'sealed-current', 'sealed-previous', ?, ?, ?, 7, ?,
                    ?, ?, 'instance-1', ?)""",
                id, UUID.fromString(org), settings.url(), "order.*,hold.expired", "Orders to the ERP",
                settings.enabled(), at(settings.createdAt().plusSeconds(86_400)), at(settings.createdAt()),
                at(settings.createdAt().plusSeconds(60)), at(settings.disabledAt()),
                settings.disabledAt() == null ? null : "The endpoint answered 410 Gone",
                at(settings.createdAt().plusSeconds(120)), at(LEASED_ELSEWHERE));
        return id;
    }

    /** A message of {@code type}, its envelope carrying the message id, the position and a marker in its data. */
    UUID message(String org, String type, long position) {
        UUID id = UUID.randomUUID();
        String body = """
                {"id":"%s","type":"%s","version":1,"occurredAt":"%s","tenantId":"%s","position":%d,\
                "data":{"marker":"m-%d"}}""".formatted(id, type, START, org, position, position);
        jdbc.update("""
                insert into read.webhook_message (message_id, tenant_id, type, position, occurred_at, body)
                values (?, ?, ?, ?, ?, ?)""", id, UUID.fromString(org), type, position, at(START), body);
        return id;
    }

    /** A delivery; {@code origin} is the replay id of a replay or the delivery a redelivery repeats. */
    UUID delivery(String org, UUID subscription, UUID message, String kind, UUID origin, String status) {
        UUID id = UUID.randomUUID();
        boolean delivered = status.equals("delivered");
        jdbc.update("""
                insert into read.webhook_delivery (delivery_id, tenant_id, subscription_id, message_id, kind,
                    replay_id, redelivery_of, status, attempts, next_attempt_at, created_at, delivered_at, last_status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, UUID.fromString(org), subscription, message, kind, kind.equals("replay") ? origin : null,
                kind.equals("redelivery") ? origin : null, status, delivered ? 1 : 0,
                delivered ? null : at(START.plusSeconds(5)), at(START), delivered ? at(START.plusSeconds(1)) : null,
                delivered ? 204 : null);
        return id;
    }

    UUID delivery(String org, UUID subscription, UUID message) {
        return delivery(org, subscription, message, "live", null, "pending");
    }

    /** An attempt that got {@code statusCode}, or none when it is null ({@code error} then says why). */
    void attempt(String org, UUID delivery, int attempt, Integer statusCode, String error) {
        jdbc.update("""
                insert into read.webhook_attempt (delivery_id, attempt, tenant_id, attempted_at, status_code,
                    latency_ms, response_excerpt, error, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                delivery, attempt, UUID.fromString(org), at(START.plusSeconds(attempt * 10L)), statusCode,
                attempt * 100, statusCode == null ? null : "answer " + attempt, error,
                at(START.plusSeconds(attempt * 10L + 5)));
    }

    UUID notification(String org, String kind, UUID subject, Instant createdAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into read.organisation_notification (notification_id, tenant_id, kind, subject_id, message,
                    created_at)
                values (?, ?, ?, ?, ?, ?)""", id, UUID.fromString(org), kind, subject, kind + " at " + createdAt,
                at(createdAt));
        return id;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
