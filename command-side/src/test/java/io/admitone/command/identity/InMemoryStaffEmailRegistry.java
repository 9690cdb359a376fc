package io.admitone.command.identity;

import io.admitone.kernel.identity.UserId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The e-mail registry without a database, for aggregate fixtures. */
class InMemoryStaffEmailRegistry implements StaffEmailRegistry {

    private final Map<String, UserId> owners = new HashMap<>();

    @Override
    public Optional<UserId> claim(String email, UserId candidate) {
        return Optional.ofNullable(owners.putIfAbsent(email, candidate));
    }

    @Override
    public Optional<UserId> owner(String email) {
        return Optional.ofNullable(owners.get(email));
    }
}
