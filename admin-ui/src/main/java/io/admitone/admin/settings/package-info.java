/**
 * The organisation's settings screen: the defaults it works in (currency, time zone, locale), its branding, whose
 * colours the admin itself takes on, and the storefront origins allowed to call the API from browsers.
 */
package io.admitone.admin.settings;
