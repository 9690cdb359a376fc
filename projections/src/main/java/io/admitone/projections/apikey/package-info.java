/** The API keys of each organisation, for listing and for looking up a presented key. */
package io.admitone.projections.apikey;
