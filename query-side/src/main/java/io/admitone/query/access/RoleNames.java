package io.admitone.query.access;

import io.admitone.kernel.identity.StaffRole;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles as the read models store them: a {@code text[]} of API names. */
final class RoleNames {

    private RoleNames() {
    }

    static Set<StaffRole> parse(String[] names) {
        return Arrays.stream(names).map(StaffRole::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }
}
