/**
 * HTTP concerns shared by every module: every error leaves the server as RFC 9457 problem+json.
 */
package io.admitone.server.web;
