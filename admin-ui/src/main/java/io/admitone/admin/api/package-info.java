/**
 * The admin UI's client of the AdmitOne server's HTTP API. It turns every failure of a call into an
 * {@link io.admitone.admin.api.AdmitOneApiException} whose message can be shown to the user as it is.
 */
package io.admitone.admin.api;
