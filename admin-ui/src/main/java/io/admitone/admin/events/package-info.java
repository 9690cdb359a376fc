/**
 * The events screen: the organisation's events with their filters, creating and editing an event, publishing and
 * cancelling it, and on an event's page its performances (dates) and ticket types (prices and terms).
 */
package io.admitone.admin.events;
