/**
 * The webhooks screen: the organisation's subscriptions (created with the signing secret shown once, changed,
 * paused, resumed, deleted), each one's delivery log with redelivery of a message, and replays from a point in time
 * with their progress.
 */
package io.admitone.admin.webhooks;
