package io.admitone.admin.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A widget where a saved layout puts it: its first column and row (from 1) and how many it spans. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlacedWidget(String type, int column, int row, int width, int height) {
}
