/**
 * The read model of dashboard layouts: one row per staff member and organisation with the layout they last saved,
 * its widgets kept as the JSON the API answers.
 */
package io.admitone.projections.dashboard;
