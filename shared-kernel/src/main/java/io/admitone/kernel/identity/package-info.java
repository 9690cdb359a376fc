/**
 * Staff identity: the users who sign in to run organisations, their memberships and roles per organisation, and
 * the platform admin. Events carry password hashes and hashed invitation tokens only, never a secret itself.
 */
package io.admitone.kernel.identity;
