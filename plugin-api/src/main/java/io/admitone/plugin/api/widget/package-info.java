/** Dashboard widgets contributed to the admin. */
package io.admitone.plugin.api.widget;
