package io.admitone.command.identity;

import io.admitone.kernel.identity.UserId;

import java.util.Optional;

/**
 * Which user holds which normalised e-mail. A claim joins the transaction of the command being handled, so a
 * rejected or failed command leaves its e-mail free.
 */
interface StaffEmailRegistry {

    /** Claims {@code email} for {@code candidate}; answers the user who already held it, or empty if the claim won. */
    Optional<UserId> claim(String email, UserId candidate);

    Optional<UserId> owner(String email);
}
