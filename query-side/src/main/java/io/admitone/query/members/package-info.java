/**
 * An organisation's staff as its members see them: e-mail, name and roles, read under the organisation's
 * row-level security.
 */
package io.admitone.query.members;
