package io.admitone.command.personaldata;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.BuyerVault;
import io.admitone.kernel.personaldata.EraseBuyerCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * Erases the buyer with an e-mail address in an organisation, if the organisation has such a buyer. Either way the
 * request ends the same, so that an erasure does not tell whether the address ever bought anything.
 */
@Component
class BuyerErasures {

    private final BuyerVault buyers;
    private final CommandGateway commands;

    BuyerErasures(BuyerVault buyers, CommandGateway commands) {
        this.buyers = buyers;
        this.commands = commands;
    }

    void erase(TenantId tenant, String email, MetaData metaData) {
        buyers.keyOf(tenant, email).ifPresent(key -> {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EraseBuyerCommand(key, tenant))
                        .andMetaData(metaData));
            } catch (BuyerAlreadyErased concurrently) {
                // a request just before this one erased the same buyer: what was asked for is done
            }
        });
    }
}
