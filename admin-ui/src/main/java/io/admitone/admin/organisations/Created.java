package io.admitone.admin.organisations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** The server's answer to a new organisation: its id. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Created(UUID id) {
}
