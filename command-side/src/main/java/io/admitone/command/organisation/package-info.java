/**
 * Organisations on the write side: the event-sourced {@code Organisation} aggregate decides on creation,
 * settings, branding and suspension. A slug registry and a custom-domain registry in the {@code command} schema
 * keep slugs and custom domains unique across organisations, in the same transaction that stores the event.
 * {@code Organisations} is what other write-side features may ask: whether an organisation exists and takes changes.
 */
package io.admitone.command.organisation;
