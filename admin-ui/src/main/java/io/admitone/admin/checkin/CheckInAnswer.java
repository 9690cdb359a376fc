package io.admitone.admin.checkin;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/** The server's answer to a scan: the verdict and, unless invalid, the ticket's place and when it was let in. */
@JsonIgnoreProperties(ignoreUnknown = true)
record CheckInAnswer(CheckInResult result, UUID ticketId, String seat, UUID ticketTypeId, Instant usedAt) {
}
