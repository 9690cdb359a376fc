package io.admitone.admin.orders;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.admitone.admin.api.AdmitOneApiClient;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.session.AdminSession;
import io.admitone.admin.ui.Problems;

/**
 * What staff who manage orders may do to an order in its present state: refund, cancel, or mark an offline order
 * paid. Each runs against the server and then {@code changed} shows the order again as the server now has it.
 */
class OrderActions extends HorizontalLayout {

    OrderActions(AdmitOneApiClient api, OrderDetail order, OrderContext context, Runnable changed) {
        addClassName("order-actions");
        OrderCommands commands = new OrderCommands(api, AdminSession.requireOrganisation(), order.orderId());
        if (order.status().refundable()) {
            Button refund = new Button("Refund…", click -> new RefundDialog(commands, order, context, changed).open());
            refund.setId("order-refund");
            add(refund);
        }
        if (order.status().cancellable()) {
            Button cancel = new Button("Cancel order…", click -> new CancelOrderDialog(commands, changed).open());
            cancel.setId("order-cancel");
            cancel.addThemeVariants(ButtonVariant.ERROR);
            add(cancel);
        }
        if (order.status().awaitingPayment()) {
            Button markPaid = new Button("Mark paid");
            markPaid.setId("order-mark-paid");
            markPaid.setDisableOnClick(true);
            markPaid.addClickListener(click -> {
                try {
                    commands.markPaid();
                    changed.run();
                } catch (AdmitOneApiException e) {
                    markPaid.setEnabled(true);
                    Problems.show(e);
                }
            });
            add(markPaid);
        }
    }
}
