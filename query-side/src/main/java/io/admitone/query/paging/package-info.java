/** Cursor pagination, the one way lists are paged: {@code ?limit=50&cursor=...} -> {@code {items, nextCursor}}. */
package io.admitone.query.paging;
