/**
 * The API keys screen: an organisation's secret keys, which integrations authenticate with under the roles given
 * them, and publishable keys, which storefront pages carry; creating them, with the secret shown once, and revoking.
 */
package io.admitone.admin.apikeys;
