/**
 * The stable API that AdmitOne plugins compile against. A plugin is a jar with a PF4J descriptor
 * ({@code plugin.properties}) and classes annotated {@link org.pf4j.Extension} that implement one of the extension
 * points in the sub-packages; the server finds them, and calls each only for the organisations that enabled the
 * plugin, with their settings in an {@link io.admitone.plugin.api.OrganisationContext}. See {@code docs/plugins.md}.
 */
package io.admitone.plugin.api;
