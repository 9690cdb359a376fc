/**
 * The published language of AdmitOne: the commands, events, ids and rejections that the command side,
 * the projections, the query side and the admin UI share. Nothing here depends on Spring or persistence.
 */
package io.admitone.kernel;
