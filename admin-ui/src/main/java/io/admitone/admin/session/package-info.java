/**
 * Who is signed in to this browser session. The access token lives in the Vaadin session, on the
 * server, so it never reaches the browser and ends when the session does.
 */
package io.admitone.admin.session;
