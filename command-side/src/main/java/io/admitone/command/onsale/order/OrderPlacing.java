package io.admitone.command.onsale.order;

import io.admitone.command.onsale.hold.PartitionCommands;
import io.admitone.command.onsale.payment.PaymentProvider;
import io.admitone.command.onsale.payment.PaymentProviders;
import io.admitone.command.secrets.SecretTokens;
import io.admitone.kernel.Digests;
import io.admitone.kernel.onsale.HoldId;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.hold.ConvertHoldCommand;
import io.admitone.kernel.onsale.hold.ConvertedHold;
import io.admitone.kernel.onsale.order.OrderStatus;
import io.admitone.kernel.onsale.order.Payment;
import io.admitone.kernel.onsale.order.PaymentOutcome;
import io.admitone.kernel.onsale.order.PlaceOrderCommand;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.kernel.personaldata.Buyer;
import io.admitone.kernel.personaldata.BuyerVault;
import io.admitone.kernel.personaldata.SealedBuyer;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Turns a live hold into an order, step by step, each in a unit of work of its own like the hold was placed: the
 * hold ends as converted (so its expiry does nothing), the provider takes the first payment attempt, then the
 * partitions sell the hold's places to the order, or give them back when that attempt failed, and finally the
 * order is recorded with the outcome, and with its due date when the payment stays pending. The buyer goes into the
 * order sealed under their data key, never in the clear.
 */
@Component
class OrderPlacing {

    record Request(OrderId orderId, TenantId tenantId, HoldId holdId, String holdToken, Buyer buyer,
                   Payment payment) {
    }

    private final PartitionCommands commands;
    private final PaymentProviders providers;
    private final SecretTokens tokens;
    private final PaymentDueDates dueDates;
    private final BuyerVault buyers;
    private final Clock clock;

    OrderPlacing(PartitionCommands commands, PaymentProviders providers, SecretTokens tokens,
                 PaymentDueDates dueDates, BuyerVault buyers, Clock clock) {
        this.commands = commands;
        this.providers = providers;
        this.tokens = tokens;
        this.dueDates = dueDates;
        this.buyers = buyers;
        this.clock = clock;
    }

    PlacedOrder place(Request request, MetaData metaData) {
        PaymentProvider provider = providers.provider(request.tenantId(), request.payment().provider());
        provider.checkMethod(request.payment().method());
        ConvertedHold hold = commands.send(new ConvertHoldCommand(request.holdId(), request.tenantId(),
                Digests.sha256Hex(request.holdToken()), request.orderId()), metaData);
        // once the hold token proved the request (a refused one makes no key), and before any money moves
        SealedBuyer buyer = buyers.seal(request.tenantId(), request.buyer());
        PaymentOutcome outcome = provider.start(new PaymentProvider.PaymentRequest(request.orderId(), hold.total(),
                request.payment().method()));
        if (outcome.kind() == PaymentOutcome.Kind.FAILED) {
            commands.release(hold.holdId(), hold.places(), metaData);
        } else {
            commands.sell(hold.holdId(), request.orderId(), hold.places(), metaData);
        }
        String token = tokens.newToken();
        commands.send(new PlaceOrderCommand(request.orderId(), request.tenantId(), hold.eventId(),
                hold.performanceId(), hold.holdId(), buyer, request.payment(), hold.lines(), hold.total(),
                Digests.sha256Hex(token), outcome, dueDates.dueAt(outcome, clock.instant())), metaData);
        return new PlacedOrder(request.orderId(), token, status(outcome), outcome.nextAction(), hold.total());
    }

    private static OrderStatus status(PaymentOutcome outcome) {
        return switch (outcome.kind()) {
            case SETTLED -> OrderStatus.CONFIRMED;
            case FAILED -> OrderStatus.PAYMENT_FAILED;
            case PENDING -> OrderStatus.AWAITING_PAYMENT;
        };
    }
}
