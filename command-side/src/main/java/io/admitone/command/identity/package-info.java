/**
 * Staff users on the write side: the platform admin registered at first start, invitations into organisations,
 * memberships with roles, passwords and disabling. Passwords are hashed and invitation tokens digested here, so
 * no secret ever reaches an event. Lookup tables in the {@code command} schema keep e-mails unique and every
 * organisation with an owner.
 */
package io.admitone.command.identity;
