/**
 * The on-sale benchmark: starts a server on the default configuration, sets up a stadium on sale through the API,
 * lets concurrent buyers hold places over HTTP, checks that nothing was oversold, and compares the hold rate with
 * a lock-based reservation on the same PostgreSQL.
 */
package io.admitone.benchmarks.onsale;
