/**
 * The venues screen: the organisation's venues with their details, creating a venue with its seat map, and the seat
 * map drawn by price zone or, for one performance, by each seat's status.
 */
package io.admitone.admin.venues;
