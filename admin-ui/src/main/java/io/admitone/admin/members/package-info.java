/**
 * The members screen: who works in the organisation with which roles; inviting staff (the invitation token shown
 * once), changing their roles and removing them, with the server's refusals (the last owner, an existing member)
 * said in plain words.
 */
package io.admitone.admin.members;
