/** Further ways for staff to prove who they are. */
package io.admitone.plugin.api.authentication;
