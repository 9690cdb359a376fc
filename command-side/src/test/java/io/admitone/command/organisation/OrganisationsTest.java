package io.admitone.command.organisation;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.organisation.OrganisationReactivated;
import io.admitone.kernel.organisation.OrganisationSuspended;
import io.admitone.kernel.organisation.TenantId;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import static io.admitone.command.organisation.OrganisationTest.CREATED;
import static io.admitone.command.organisation.OrganisationTest.NOW;
import static io.admitone.command.organisation.OrganisationTest.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationsTest {

    private static final OrganisationSuspended SUSPENDED = new OrganisationSuspended(TENANT, "unpaid invoices", NOW);

    @Test
    void anActiveOrganisationIsOpen() {
        assertThatCode(() -> requireOpen(OrganisationHistories.of(CREATED), TENANT)).doesNotThrowAnyException();
    }

    @Test
    void anOrganisationThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> requireOpen(OrganisationHistories.of(CREATED), TenantId.random()))
                .isInstanceOfSatisfying(OrganisationNotFound.class, rejection -> assertCode(rejection, "not-found"));
    }

    @Test
    void aSuspendedOrganisationIsNotOpen() {
        assertThatThrownBy(() -> requireOpen(OrganisationHistories.of(CREATED, SUSPENDED), TENANT))
                .isInstanceOfSatisfying(OrganisationIsSuspended.class,
                        rejection -> assertCode(rejection, "organisation-suspended"));
    }

    @Test
    void aReactivatedOrganisationIsOpenAgain() {
        Organisations organisations = OrganisationHistories.of(CREATED, SUSPENDED, new OrganisationReactivated(TENANT, NOW));
        assertThatCode(() -> requireOpen(organisations, TENANT)).doesNotThrowAnyException();
    }

    /** As when a command is handled: the aggregate is loaded in a unit of work. */
    private static void requireOpen(Organisations organisations, TenantId tenantId) throws Throwable {
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            organisations.requireOpen(tenantId);
            return null;
        });
        if (result.isExceptional()) {
            throw result.exceptionResult();
        }
    }

    private static void assertCode(DomainRejection rejection, String code) {
        assertThat(rejection.code()).isEqualTo(code);
    }
}
