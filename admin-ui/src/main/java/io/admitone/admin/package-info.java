/**
 * The AdmitOne admin UI: a Vaadin application that organisers and admins use in the browser. It is a
 * client of the AdmitOne server's HTTP API only; it never touches the database or the event store.
 */
package io.admitone.admin;
