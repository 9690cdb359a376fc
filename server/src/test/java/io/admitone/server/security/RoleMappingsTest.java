package io.admitone.server.security;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.organisation.TenantId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RoleMappingsTest {

    private static final TenantId ARENA = TenantId.random();
    private static final TenantId CLUB = TenantId.random();

    private final RoleMappings mappings = new RoleMappings(List.of(
            new SsoProperties.RoleMapping("arena-analysts", ARENA.toString(), "analyst"),
            new SsoProperties.RoleMapping("arena-box-office", ARENA.toString(), "box-office"),
            new SsoProperties.RoleMapping("arena-box-office", CLUB.toString(), "box-office"),
            new SsoProperties.RoleMapping("club-finance", CLUB.toString(), "finance")));

    private final Caller stored = new Caller("user-1", false, Map.of(ARENA, Set.of(StaffRole.EVENT_MANAGER)));

    @Test
    void groupRolesAreAddedToTheStoredOnesOrganisationByOrganisation() {
        Caller caller = mappings.grant(stored, List.of("arena-analysts", "arena-box-office"));

        assertThat(caller.memberships()).isEqualTo(Map.of(
                ARENA, Set.of(StaffRole.EVENT_MANAGER, StaffRole.ANALYST, StaffRole.BOX_OFFICE),
                CLUB, Set.of(StaffRole.BOX_OFFICE)));
        assertThat(caller.subject()).isEqualTo("user-1");
    }

    @Test
    void unmappedGroupsAndNoGroupsLeaveTheStoredRoles() {
        assertThat(mappings.grant(stored, List.of("Arena-Analysts", "everyone"))).isEqualTo(stored);
        assertThat(mappings.grant(stored, List.of())).isEqualTo(stored);
    }

    @Test
    void groupsNeverMakeAPlatformAdminNorUnmakeOne() {
        assertThat(mappings.grant(stored, List.of("club-finance")).platformAdmin()).isFalse();
        assertThat(mappings.grant(new Caller("admin", true, Map.of()), List.of("club-finance")).platformAdmin()).isTrue();
    }
}
