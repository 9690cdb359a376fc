package io.admitone.server.finance.property;

import io.admitone.server.finance.reports.SalesScenario;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * A seeded random run of the box office through the API: orders paid by card or offline (some marked paid later),
 * partial refunds by amount, refunds by tickets, cancellations and changes of the ticket types' tax and fee terms.
 * It keeps what the API answered: each order's total and what was paid back, and after each step an instant with the
 * gross sold and refunded until then.
 */
final class RandomBooks {

    /** An instant between two steps, with the money the API had moved by then. */
    record Checkpoint(Instant at, BigDecimal gross, BigDecimal refunds) {
    }

    private static final String[] TAX_RATES = {"0", "7", "19", "20.5"};
    private static final String[] FIXED_FEES = {null, "0.50", "1.99"};
    private static final String[] FEE_PERCENTS = {null, "2.5", "10"};
    private static final String[] FLOOR_PRICES = {"19.99", "45.50", "60.00"};
    private static final String[] FRONT_PRICES = {"80.00", "99.95"};
    private static final int FRONT_SEATS_TO_SELL = 30;

    private final SalesScenario sales;
    private final Random random;
    private final Map<String, Boolean> standing = new LinkedHashMap<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private BigDecimal gross = BigDecimal.ZERO;
    private BigDecimal refunds = BigDecimal.ZERO;
    private int frontSeatsSold;

    private static final class Order {
        final String id;
        final BigDecimal total;
        final Map<String, BigDecimal> unitPrices;
        final int places;
        boolean paid;
        boolean ended;
        BigDecimal refunded = BigDecimal.ZERO;
        final List<String> voided = new ArrayList<>();

        Order(String id, BigDecimal total, Map<String, BigDecimal> unitPrices, int places) {
            this.id = id;
            this.total = total;
            this.unitPrices = unitPrices;
            this.places = places;
        }

        BigDecimal left() {
            return total.subtract(refunded);
        }
    }

    RandomBooks(SalesScenario sales, long seed) {
        this.sales = sales;
        this.random = new Random(seed);
    }

    List<Checkpoint> run(int steps) {
        standing.put(sales.addTicketType(terms("Floor", FLOOR_PRICES, "Floor", null)), true);
        standing.put(sales.addTicketType(terms("Front", FRONT_PRICES, null, "front")), false);
        sales.publish();
        checkpoint();
        for (int step = 0; step < steps; step++) {
            int kind = random.nextInt(20);
            if (kind < 7 || orders.isEmpty()) {
                order();
            } else if (kind < 9) {
                markPaid();
            } else if (kind < 12) {
                refundAmount();
            } else if (kind < 15) {
                refundTicket();
            } else if (kind < 18) {
                cancel();
            } else {
                changeTerms();
            }
            checkpoint();
        }
        return checkpoints;
    }

    private void order() {
        List<Object> items = new ArrayList<>();
        standing.forEach((type, isStanding) -> {
            int quantity = random.nextInt(3);
            if (!isStanding) {
                quantity = Math.min(quantity, FRONT_SEATS_TO_SELL - frontSeatsSold);
                frontSeatsSold += quantity;
            }
            if (quantity > 0) {
                items.add(type);
                items.add(quantity);
            }
        });
        if (items.isEmpty()) {
            items.addAll(List.of(standing.keySet().stream().filter(standing::get).findFirst().orElseThrow(), 1));
        }
        JsonNode hold = sales.hold(items.toArray());
        Map<String, BigDecimal> unitPrices = new HashMap<>();
        hold.get("lines").forEach(line -> unitPrices.put(line.get("ticketTypeId").asString(),
                new BigDecimal(line.get("price").get("amount").asString())));
        boolean offline = random.nextInt(3) == 0;
        JsonNode placed = sales.order(hold, offline ? "offline" : "test", offline ? "bank-transfer" : "card-success");
        Order order = new Order(placed.get("orderId").asString(),
                new BigDecimal(placed.get("total").get("amount").asString()), unitPrices, hold.get("lines").size());
        orders.add(order);
        if (!offline) {
            paid(order);
        }
    }

    private void markPaid() {
        pick(order -> !order.paid && !order.ended).ifPresent(order -> {
            sales.markPaid(order.id);
            paid(order);
        });
    }

    private void paid(Order order) {
        order.paid = true;
        gross = gross.add(order.total);
    }

    private void refundAmount() {
        pick(order -> order.paid && order.left().signum() > 0).ifPresent(order -> {
            long cents = order.left().movePointRight(2).longValueExact();
            BigDecimal amount = BigDecimal.valueOf(1 + (long) (random.nextDouble() * cents), 2)
                    .min(order.left()).setScale(2, RoundingMode.UNNECESSARY);
            sales.refundAmount(order.id, amount.toPlainString());
            refunded(order, amount);
        });
    }

    private void refundTicket() {
        pick(order -> order.paid && order.left().signum() > 0).ifPresent(order -> {
            List<JsonNode> tickets = sales.tickets(order.id, order.places);
            tickets.stream()
                    .filter(ticket -> !order.voided.contains(ticket.get("ticketId").asString()))
                    .filter(ticket -> unitPrice(order, ticket).compareTo(order.left()) <= 0)
                    .findFirst()
                    .ifPresent(ticket -> {
                        String id = ticket.get("ticketId").asString();
                        JsonNode refund = sales.refundTickets(order.id, List.of(id));
                        order.voided.add(id);
                        refunded(order, new BigDecimal(refund.get("amount").get("amount").asString()));
                    });
        });
    }

    private void cancel() {
        pick(order -> !order.ended && (!order.paid || order.left().signum() > 0)).ifPresent(order -> {
            sales.cancel(order.id);
            order.ended = true;
            if (order.paid) {
                refunded(order, order.left());
            }
        });
    }

    private void changeTerms() {
        List<String> types = new ArrayList<>(standing.keySet());
        String type = types.get(random.nextInt(types.size()));
        boolean isStanding = standing.get(type);
        sales.changeTicketType(type, isStanding ? terms("Floor", FLOOR_PRICES, "Floor", null)
                : terms("Front", FRONT_PRICES, null, "front"));
    }

    private void refunded(Order order, BigDecimal amount) {
        order.refunded = order.refunded.add(amount);
        refunds = refunds.add(amount);
    }

    private void checkpoint() {
        checkpoints.add(new Checkpoint(Instant.now(), gross, refunds));
    }

    private Map<String, Object> terms(String name, String[] prices, String section, String priceZone) {
        return SalesScenario.terms(name, any(prices), section, priceZone, any(TAX_RATES), any(FIXED_FEES),
                any(FEE_PERCENTS));
    }

    private String any(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private Optional<Order> pick(Predicate<Order> fits) {
        List<Order> candidates = orders.stream().filter(fits).toList();
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    private static BigDecimal unitPrice(Order order, JsonNode ticket) {
        return order.unitPrices.get(ticket.get("ticketTypeId").asString());
    }
}
