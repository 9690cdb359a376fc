/**
 * Plugins as the platform records them: releases installed, upgraded and removed by platform admins, and each
 * organisation's choice to enable one with its settings, or to disable it. Every change is an event, so that it is
 * audited like the rest; the organisations' choices are in their audit trails.
 */
package io.admitone.kernel.plugin;
