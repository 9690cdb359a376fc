package io.admitone.kernel.access;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.apikey.ApiKeyId;
import io.admitone.kernel.identity.StaffRole;
import io.admitone.kernel.identity.UserId;
import io.admitone.kernel.organisation.TenantId;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    private static final TenantId ARENA = TenantId.of("0a3c6f5e-1b2d-4c7e-8f90-123456789abc");
    private static final TenantId OTHER = TenantId.of("9d8e7f6a-5b4c-4d3e-8f21-cba987654321");

    private final Caller analyst = new Caller("user-1", false, Map.of(ARENA, Set.of(StaffRole.ANALYST)));

    @Test
    void aMemberMayDoWhatItsRolesAllow() {
        assertThatCode(() -> analyst.require(ARENA, Operation.ORDERS_READ)).doesNotThrowAnyException();
    }

    @Test
    void aMemberWhoseRolesDoNotAllowTheOperationIsForbidden() {
        assertThatThrownBy(() -> analyst.require(ARENA, Operation.CATALOG_MANAGE))
                .isInstanceOf(DomainRejection.class)
                .satisfies(e -> assertThat(((DomainRejection) e).kind()).isEqualTo(DomainRejection.Kind.FORBIDDEN));
    }

    @Test
    void anotherOrganisationLooksLikeItDoesNotExist() {
        assertThatThrownBy(() -> analyst.require(OTHER, Operation.ORDERS_READ))
                .satisfies(e -> assertThat(((DomainRejection) e).kind()).isEqualTo(DomainRejection.Kind.NOT_FOUND));
    }

    @Test
    void aPlatformAdminMayDoEverythingEverywhere() {
        Caller admin = new Caller("admin", true, Map.of());
        assertThatCode(() -> admin.require(OTHER, Operation.API_KEYS_MANAGE)).doesNotThrowAnyException();
        assertThatCode(admin::requirePlatformAdmin).doesNotThrowAnyException();
        assertThatThrownBy(analyst::requirePlatformAdmin).isInstanceOf(DomainRejection.class);
    }

    @Test
    void aCallerSurvivesTheRoundTripThroughTokenClaims() {
        Caller member = new Caller("user-2", false, Map.of(ARENA, Set.of(StaffRole.FINANCE, StaffRole.BOX_OFFICE)));
        assertThat(Caller.fromClaims("user-2", member.claims())).isEqualTo(member);
        assertThat(member.claims().get(Caller.MEMBERSHIPS_CLAIM))
                .isEqualTo(Map.of(ARENA.toString(), java.util.List.of("box-office", "finance")));
    }

    @Test
    void anApiKeyHasItsRolesInItsOrganisationButIsNoUser() {
        Caller key = Caller.apiKey(ApiKeyId.of("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"), ARENA, Set.of(StaffRole.ANALYST));

        assertThat(key.subject()).isEqualTo("api-key:6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
        assertThatCode(() -> key.require(ARENA, Operation.ORGANISATION_READ)).doesNotThrowAnyException();
        assertThatThrownBy(() -> key.require(OTHER, Operation.ORGANISATION_READ)).isInstanceOf(Caller.NotFound.class);
        assertThatThrownBy(key::requireUser).isInstanceOf(Caller.NotAllowed.class);
    }

    @Test
    void aUserIsAUser() {
        Caller user = new Caller("0b7e3c1a-5d2f-4e8b-9a61-3f2d1c0b9a87", false, Map.of());

        assertThat(user.requireUser()).isEqualTo(UserId.of("0b7e3c1a-5d2f-4e8b-9a61-3f2d1c0b9a87"));
    }
}
