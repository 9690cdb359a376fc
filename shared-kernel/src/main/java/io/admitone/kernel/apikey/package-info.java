/**
 * The published language of API keys: secret keys with which integrators call the API under roles of one
 * organisation, and publishable keys that tie a storefront's public calls to its organisation.
 */
package io.admitone.kernel.apikey;
