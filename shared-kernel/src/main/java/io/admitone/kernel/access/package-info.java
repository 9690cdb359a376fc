/**
 * The permission table: which staff roles may perform which operation within an organisation. The HTTP
 * boundary of every module checks requests against this one table.
 */
package io.admitone.kernel.access;
