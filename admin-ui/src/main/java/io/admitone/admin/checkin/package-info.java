/**
 * The door's check-in screen: staff pick a performance, scan tickets into a field that a barcode scanner types into,
 * and see at a glance, in colour and in words, whether each ticket is admitted, used already, invalid or for
 * another performance. The server's check-in decides; this screen only asks and shows.
 */
package io.admitone.admin.checkin;
