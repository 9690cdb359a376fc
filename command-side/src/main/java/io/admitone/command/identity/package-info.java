/**
 * Staff users on the write side: the platform admin registered at first start, invitations into organisations,
 * memberships with roles, passwords and disabling. Passwords are hashed and invitation tokens digested here, so
 * no secret ever reaches an event.
 */
package io.admitone.command.identity;
