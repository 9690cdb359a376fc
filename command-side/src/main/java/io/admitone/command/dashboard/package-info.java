/**
 * The write side of staff members' dashboard layouts: each member's layout in each organisation is a small aggregate
 * that the member's first save creates and every later save replaces. Reading it back is the query side's.
 */
package io.admitone.command.dashboard;
