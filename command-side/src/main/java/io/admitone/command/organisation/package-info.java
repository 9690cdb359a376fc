/**
 * Organisations on the write side: the event-sourced {@code Organisation} aggregate decides on creation,
 * settings, branding and suspension, and a slug registry in the {@code command} schema keeps slugs unique
 * across organisations in the same transaction that stores the creation. {@code Organisations} is what other
 * write-side features may ask: whether an organisation exists and takes changes.
 */
package io.admitone.command.organisation;
