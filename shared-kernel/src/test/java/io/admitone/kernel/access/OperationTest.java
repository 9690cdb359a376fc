package io.admitone.kernel.access;

import io.admitone.kernel.identity.StaffRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OperationTest {

    @Test
    void ownersAndAdminsMayDoEverything() {
        for (Operation operation : Operation.values()) {
            assertThat(operation.allowedFor(List.of(StaffRole.OWNER))).as(operation.name()).isTrue();
            assertThat(operation.allowedFor(List.of(StaffRole.ADMIN))).as(operation.name()).isTrue();
        }
    }

    @Test
    void anAnalystReadsButChangesNothing() {
        assertThat(Operation.ORDERS_READ.allowedFor(List.of(StaffRole.ANALYST))).isTrue();
        assertThat(Operation.ANALYTICS_READ.allowedFor(List.of(StaffRole.ANALYST))).isTrue();
        assertThat(Operation.CATALOG_MANAGE.allowedFor(List.of(StaffRole.ANALYST))).isFalse();
        assertThat(Operation.ORDERS_MANAGE.allowedFor(List.of(StaffRole.ANALYST))).isFalse();
    }

    @Test
    void onlyTheBoxOfficeBesidesOwnersAndAdminsChecksTicketsIn() {
        assertThat(Operation.CHECK_IN.allowedRoles())
                .containsExactlyInAnyOrder(StaffRole.OWNER, StaffRole.ADMIN, StaffRole.BOX_OFFICE);
    }

    @Test
    void membersAndKeysAreManagedByOwnersAndAdminsOnly() {
        assertThat(Operation.MEMBERS_MANAGE.allowedRoles()).isEqualTo(Set.of(StaffRole.OWNER, StaffRole.ADMIN));
        assertThat(Operation.API_KEYS_MANAGE.allowedRoles()).isEqualTo(Set.of(StaffRole.OWNER, StaffRole.ADMIN));
    }

    @Test
    void holdingSeveralRolesAllowsWhatAnyOfThemAllows() {
        assertThat(Operation.FINANCE_READ.allowedFor(List.of(StaffRole.BOX_OFFICE, StaffRole.FINANCE))).isTrue();
        assertThat(Operation.FINANCE_READ.allowedFor(List.of())).isFalse();
    }
}
