/** What the venues and events screens share: how the catalog's times are shown and entered. */
package io.admitone.admin.catalog;
