/**
 * Organisations on the write side: the event-sourced {@code Organisation} aggregate decides on creation,
 * settings, branding and suspension, and a slug registry in the {@code command} schema keeps slugs unique
 * across organisations in the same transaction that stores the creation.
 */
package io.admitone.command.organisation;
