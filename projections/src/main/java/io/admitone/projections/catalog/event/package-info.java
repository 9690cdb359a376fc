/**
 * Events, their performances and their ticket types as the catalog's readers see them: one projection writes all
 * three tables, since an event's date range follows from its performances.
 */
package io.admitone.projections.catalog.event;
