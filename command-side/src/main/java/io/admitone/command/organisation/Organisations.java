package io.admitone.command.organisation;

import io.admitone.kernel.organisation.TenantId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * What other write-side features may ask about an organisation. It answers from the event-sourced aggregate,
 * because the command side decides on its own state and never on a read model, which may lag behind.
 */
@Component
public class Organisations {

    private final Repository<Organisation> organisations;

    Organisations(Repository<Organisation> organisations) {
        this.organisations = organisations;
    }

    /**
     * Rejects with {@code not-found} if the organisation does not exist and with {@code organisation-suspended} if
     * it is suspended. Must be called while a command is handled: the aggregate is loaded in its unit of work.
     */
    public void requireOpen(TenantId tenantId) {
        if (suspended(tenantId)) {
            throw new OrganisationIsSuspended(tenantId);
        }
    }

    private boolean suspended(TenantId tenantId) {
        try {
            return organisations.load(tenantId.toString()).invoke(Organisation::isSuspended);
        } catch (AggregateNotFoundException e) {
            throw new OrganisationNotFound(tenantId);
        }
    }
}
