/**
 * Reading events, their performances and their ticket types. Buyers read without credentials and see published
 * events and visible ticket types only; staff of the organisation see drafts and hidden ticket types too.
 */
package io.admitone.query.catalog.event;
