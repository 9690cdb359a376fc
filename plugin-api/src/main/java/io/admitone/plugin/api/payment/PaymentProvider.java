package io.admitone.plugin.api.payment;

import io.admitone.plugin.api.OrganisationContext;
import org.pf4j.ExtensionPoint;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A way for buyers to pay, offered by name to the organisations that enabled the plugin; an order names it as its
 * {@code payment.provider}. The server calls {@link #start} when the order is placed, {@link #confirm} when the buyer
 * completes an action the start asked for, and {@link #refund} when staff refund. Calls must be idempotent for the
 * same order (and refund): the server may repeat one after a failure. An exception is taken as a failed payment.
 *
 * <pre>{@code
 * @Extension
 * public class BankTransfer implements PaymentProvider {
 *     public String name() { return "bank-transfer"; }
 *     public PaymentResult start(PaymentRequest request, OrganisationContext organisation) {
 *         return PaymentResult.awaitingStaff();   // staff mark the order paid when the money arrives
 *     }
 *     public PaymentResult confirm(PaymentRequest request, OrganisationContext organisation) {
 *         return PaymentResult.awaitingStaff();
 *     }
 *     public RefundResult refund(RefundRequest request, OrganisationContext organisation) {
 *         return RefundResult.toBePaidOutByStaff();
 *     }
 * }
 * }</pre>
 */
public interface PaymentProvider extends ExtensionPoint {

    /** The name orders use, 1 to 64 of {@code a-z 0-9 -}; unique among the providers of an installation. */
    String name();

    /** Whether {@code method} (a card, a wallet, a free-text note...) is one this provider takes; all by default. */
    default boolean acceptsMethod(String method) {
        return true;
    }

    PaymentResult start(PaymentRequest request, OrganisationContext organisation);

    PaymentResult confirm(PaymentRequest request, OrganisationContext organisation);

    RefundResult refund(RefundRequest request, OrganisationContext organisation);

    /** An order's payment: the amount with its ISO 4217 currency, and the method the buyer chose. */
    record PaymentRequest(UUID orderId, BigDecimal amount, String currency, String method) {
    }

    /** Part or all of a settled payment to pay back. */
    record RefundRequest(UUID orderId, UUID refundId, BigDecimal amount, String currency, String method) {
    }
}
