package io.admitone.admin.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** An event of the organisation, as a filter or a picker offers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventChoice(UUID id, String title) {
}
