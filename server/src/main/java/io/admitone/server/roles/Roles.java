package io.admitone.server.roles;

import org.springframework.core.env.Environment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** The roles a process was started with, read from {@code admitone.roles} (all of them when unset). */
public record Roles(Set<Role> active) {

    static final String PROPERTY = "admitone.roles";

    public static Roles from(Environment environment) {
        String value = environment.getProperty(PROPERTY, "");
        if (value.isBlank()) {
            return new Roles(EnumSet.allOf(Role.class));
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(value.split(",")).filter(s -> !s.isBlank()).map(Role::parse).forEach(roles::add);
        return new Roles(roles);
    }

    public boolean has(Role role) {
        return active.contains(role);
    }
}
