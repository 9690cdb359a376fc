/**
 * What an organisation should know about without having asked, such as a webhook subscription the dispatcher
 * disabled: newest first, for its staff and the admin UI.
 */
package io.admitone.query.notifications;
