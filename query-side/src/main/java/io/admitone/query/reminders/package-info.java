/** What the performance-reminders job reads: performances about to start, and their buyers. */
package io.admitone.query.reminders;
