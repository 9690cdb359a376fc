/**
 * Buyers' personal data (name and e-mail address): sealed in events under a data key of the buyer's own, so that
 * erasing the key on request erases the data everywhere it was copied, while the events themselves stay unchanged.
 */
package io.admitone.kernel.personaldata;
