/**
 * The write side: aggregates decide, command handlers validate and apply events, sagas and deadlines
 * coordinate, and thin controllers turn HTTP requests into commands.
 */
package io.admitone.command;
