package io.admitone.query.members;

import java.util.List;
import java.util.UUID;

public record MemberView(UUID userId, String email, String displayName, List<String> roles) {

    static MemberView of(UUID userId, String email, String displayName, String[] roles) {
        return new MemberView(userId, email, displayName, List.of(roles));
    }
}
