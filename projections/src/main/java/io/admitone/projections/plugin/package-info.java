/** The plugins read model: installed plugins and each organisation's enabled plugins with their settings. */
package io.admitone.projections.plugin;
