package io.admitone.admin.orders;

import com.vaadin.flow.component.html.Span;

/** An order's status in words, coloured by {@code orders.css}; the words carry it, the colour only helps. */
class StatusBadge extends Span {

    StatusBadge(OrderStatus status) {
        super(status.label());
        addClassNames("order-status", status.styleName());
    }
}
