/** Platform admins open a new organisation and invite its first owner, who takes it from there. */
package io.admitone.admin.organisations;
