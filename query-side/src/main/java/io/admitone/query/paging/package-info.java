/**
 * Lists, the one way: {@code ?limit=50&cursor=...&sort=-createdAt} -> {@code {items, nextCursor}}. A list names
 * its {@link io.admitone.query.paging.Sorting}; {@link io.admitone.query.paging.ListParameters} checks the
 * request against it, and the resulting {@link io.admitone.query.paging.ListQuery} seeks past an opaque cursor
 * that carries the sort key and id of the previous page's last item.
 */
package io.admitone.query.paging;
