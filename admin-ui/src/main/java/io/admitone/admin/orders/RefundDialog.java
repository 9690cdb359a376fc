package io.admitone.admin.orders;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.admitone.admin.api.AdmitOneApiException;
import io.admitone.admin.api.Problem;
import io.admitone.admin.ui.Problems;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Set;

/**
 * Refunds an order for a reason: everything still paid (voiding every valid ticket), an amount of money alone, or
 * chosen tickets (at their prices unless an amount is given). The server's refusals, such as an amount over what is
 * left, are shown at the field they concern.
 */
class RefundDialog extends OrderActionDialog {

    private final RadioButtonGroup<RefundKind> kind = new RadioButtonGroup<>("What to refund");
    private final BigDecimalField amount = new BigDecimalField();
    private final CheckboxGroup<OrderTicket> tickets = new CheckboxGroup<>("Tickets");
    private final Binder<RefundForm> binder = new Binder<>(RefundForm.class);
    private final OrderCommands commands;
    private final OrderDetail order;

    RefundDialog(OrderCommands commands, OrderDetail order, OrderContext context, Runnable changed) {
        super("Refund order", "Refund", changed);
        this.commands = commands;
        this.order = order;
        kind.setId("refund-kind");
        kind.setItems(RefundKind.values());
        kind.setItemLabelGenerator(k -> k == RefundKind.EVERYTHING_LEFT
                ? k.label() + " (" + order.remaining() + ")" : k.label());
        kind.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        amount.setLabel("Amount (" + order.total().currency() + ")");
        amount.setId("refund-amount");
        tickets.setId("refund-tickets");
        tickets.setItems(order.validTickets());
        tickets.setItemLabelGenerator(ticket -> ticketLabel(ticket, context));
        bind();
        binder.readRecord(new RefundForm(RefundKind.EVERYTHING_LEFT, null, Set.of(), ""));
        add(kind, amount, tickets, reason);
        addClassName("refund-dialog");
    }

    private void bind() {
        int decimals = Currency.getInstance(order.total().currency()).getDefaultFractionDigits();
        binder.forField(kind).asRequired().bind("kind");
        binder.forField(amount)
                .withValidator(a -> kind.getValue() != RefundKind.AMOUNT || a != null, "Enter the amount to pay back")
                .withValidator(a -> a == null || a.signum() >= 0, "The amount cannot be negative")
                .withValidator(a -> a == null || a.stripTrailingZeros().scale() <= decimals,
                        "At most " + decimals + " decimals")
                .bind("amount");
        binder.forField(tickets)
                .withValidator(t -> kind.getValue() != RefundKind.TICKETS || !t.isEmpty(), "Choose the tickets")
                .bind("tickets");
        bindReason(binder, reason);
    }

    private void showFieldsFor(RefundKind chosen) {
        amount.setVisible(chosen != RefundKind.EVERYTHING_LEFT);
        amount.setHelperText(chosen == RefundKind.TICKETS ? "Leave empty to pay back the tickets' prices" : null);
        tickets.setVisible(chosen == RefundKind.TICKETS);
    }

    private static String ticketLabel(OrderTicket ticket, OrderContext context) {
        String price = context.price(ticket).map(p -> " · " + p).orElse("");
        return context.ticketTypeName(ticket) + " · " + ticket.place() + price + " · " + ticket.code().substring(0, 8);
    }

    @Override
    protected boolean send() {
        try {
            commands.refund(binder.writeRecord().toRequest(order));
            return true;
        } catch (ValidationException invalid) {
            return false;
        }
    }

    @Override
    protected void showRefusal(AdmitOneApiException refusal) {
        HasValidation at = refusal.problem().map(Problem::code).map(this::fieldOfRule).orElse(null);
        if (at instanceof Component field && field.isVisible()) {
            at.setErrorMessage(refusal.getMessage());
            at.setInvalid(true);
            return;
        }
        Problems.show(refusal, Map.of("amount", amount, "amount.amount", amount, "ticketIds", tickets,
                "reason", reason));
    }

    /** The field a business rule of refunds is about, by the problem's code. */
    private HasValidation fieldOfRule(String code) {
        return switch (code) {
            case "refund-exceeds-remaining", "invalid-refund", "refund-currency-mismatch" -> amount;
            case "ticket-not-in-order", "ticket-already-void" -> tickets;
            default -> null;
        };
    }
}
