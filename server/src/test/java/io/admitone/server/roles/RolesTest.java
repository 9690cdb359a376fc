package io.admitone.server.roles;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RolesTest {

    @Test
    void withoutConfigurationAProcessRunsEveryRole() {
        assertThat(Roles.from(new MockEnvironment()).active()).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void rolesAreReadFromACommaSeparatedList() {
        Roles roles = Roles.from(new MockEnvironment().withProperty("admitone.roles", " query, PROJECTIONS "));
        assertThat(roles.active()).containsExactlyInAnyOrder(Role.QUERY, Role.PROJECTIONS);
    }

    @Test
    void anUnknownRoleIsRefusedByName() {
        MockEnvironment environment = new MockEnvironment().withProperty("admitone.roles", "command,reporting");
        assertThatThrownBy(() -> Roles.from(environment))
                .hasMessageContaining("Unknown role 'reporting'");
    }
}
