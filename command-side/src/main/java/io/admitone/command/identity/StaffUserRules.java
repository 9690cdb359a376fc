package io.admitone.command.identity;

import io.admitone.kernel.identity.StaffRole;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for a staff user's e-mail, name and roles: pure checks that return the value to store. */
final class StaffUserRules {

    private static final int MAX_EMAIL_LENGTH = 254;
    private static final int MAX_DISPLAY_NAME_LENGTH = 200;
    /** Deliberately loose: the invitation reaching its recipient is the real test of an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private StaffUserRules() {
    }

    /** E-mails are compared case-insensitively, so they are stored lower-case. */
    static String email(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(normalised).matches()) {
            throw new InvalidStaffUserDetails("email", "an e-mail address of at most " + MAX_EMAIL_LENGTH + " characters");
        }
        return normalised;
    }

    static String displayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new InvalidStaffUserDetails("displayName",
                    "non-blank text of at most " + MAX_DISPLAY_NAME_LENGTH + " characters");
        }
        return displayName.strip();
    }

    static Set<StaffRole> roles(Set<StaffRole> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)) {
            throw new InvalidStaffUserDetails("roles", "at least one role");
        }
        return Set.copyOf(roles);
    }
}
