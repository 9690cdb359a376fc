/** Reads of the plugins read model for the server's plugin runtime. */
package io.admitone.query.plugin;
