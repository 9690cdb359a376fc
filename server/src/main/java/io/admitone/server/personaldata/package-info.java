/**
 * The buyer vault: buyers' data keys in PostgreSQL ({@code vault.buyer_key}), for every role of the server, since the
 * command side seals buyers into events and the projections open them into read models and webhooks.
 */
package io.admitone.server.personaldata;
