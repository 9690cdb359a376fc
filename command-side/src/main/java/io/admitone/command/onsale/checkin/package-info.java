/**
 * Check-in at the door: staff scan a ticket's code or its signed QR payload, the ticket's order decides whether it
 * is let in ({@code CheckInTicketCommand}), and the door is told admitted, already used, invalid or wrong
 * performance.
 */
package io.admitone.command.onsale.checkin;
