/** Further formats for finance reports. */
package io.admitone.plugin.api.report;
