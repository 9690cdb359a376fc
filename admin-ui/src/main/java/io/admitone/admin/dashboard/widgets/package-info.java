/**
 * The dashboard's built-in widgets: today's sales, sales over time, live availability of upcoming performances,
 * recent orders, failing webhook subscriptions, and the server's health with the projections' lag. Each reads the
 * server's HTTP API (or its GraphQL subscription) as the signed-in user.
 */
package io.admitone.admin.dashboard.widgets;
