/**
 * Erasing a buyer's personal data on request: the buyer's data key goes, in the transaction that records the
 * erasure as an event, so that what events hold sealed under it can never be opened again.
 */
package io.admitone.command.personaldata;
