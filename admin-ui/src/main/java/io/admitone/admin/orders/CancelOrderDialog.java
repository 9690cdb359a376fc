package io.admitone.admin.orders;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.ui.Problems;

import java.util.Map;

/** Asks for the reason and a confirmation before cancelling an order; a paid order is refunded in full first. */
class CancelOrderDialog extends OrderActionDialog {

    private final Binder<CancelRequest> binder = new Binder<>(CancelRequest.class);
    private final OrderCommands commands;

    CancelOrderDialog(OrderCommands commands, Runnable changed) {
        super("Cancel this order?", "Cancel order", changed);
        this.commands = commands;
        bindReason(binder, reason);
        add(new Paragraph("Cancelling ends the order for good and puts its places back on sale. "
                + "Whatever was paid and not yet refunded is refunded in full."), reason);
    }

    @Override
    protected boolean send() {
        try {
            commands.cancel(binder.writeRecord());
            return true;
        } catch (ValidationException invalid) {
            return false;
        }
    }

    @Override
    protected void showRefusal(AdmitOneApiException refusal) {
        Problems.show(refusal, Map.of("reason", reason));
    }
}
