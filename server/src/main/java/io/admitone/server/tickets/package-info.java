/**
 * Ticket passes: the signed QR payload of each ticket, which the order read shows and scanners verify offline with
 * the server's public key from {@code /.well-known/jwks.json}, and which check-in verifies online.
 */
package io.admitone.server.tickets;
