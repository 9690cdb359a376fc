/** Invited staff accept their invitation by choosing a password, from the link their organisation's admin sent. */
package io.admitone.admin.invitation;
