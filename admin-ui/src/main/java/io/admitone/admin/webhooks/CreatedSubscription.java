package io.admitone.admin.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The answer to creating a subscription: its id and the signing secret, given this once. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CreatedSubscription(UUID id, String secret) {
}
