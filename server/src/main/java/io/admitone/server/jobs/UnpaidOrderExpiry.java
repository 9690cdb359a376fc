package io.admitone.server.jobs;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.admitone.command.messaging.CommandSender;
import io.admitone.kernel.onsale.OrderId;
import io.admitone.kernel.onsale.order.ExpireUnpaidOrderCommand;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.onsale.UnpaidOrders;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code unpaid-order-expiry}: every five minutes, orders left unpaid for staff to settle (cash, bank transfer) and
 * past their due date expire, and their places go back on sale; at most {@value #PER_RUN} a run, the longest
 * overdue first. The order itself decides: one paid or cancelled meanwhile stays as it is. An order that cannot be
 * expired is logged and tried again at the next run, which then counts as failed.
 */
@ConditionalOnRole(Role.COMMAND)
@Component
class UnpaidOrderExpiry implements ScheduledJob {

    static final String NAME = "unpaid-order-expiry";
    static final int PER_RUN = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(UnpaidOrderExpiry.class);

    private final UnpaidOrders unpaid;
    private final CommandSender commands;

    UnpaidOrderExpiry(UnpaidOrders unpaid, CommandSender commands) {
        this.unpaid = unpaid;
        this.commands = commands;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Expires the orders left unpaid for staff to settle once they are past their due date";
    }

    @Override
    public Schedule schedule() {
        return Schedules.fixedDelay(Duration.ofMinutes(5));
    }

    @Override
    public void run(Instant now) {
        List<UnpaidOrders.Overdue> overdue = unpaid.dueBy(now, PER_RUN);
        long failed = overdue.stream().filter(order -> !handled(order)).count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " of " + overdue.size() + " overdue orders could not be expired");
        }
    }

    /** Whether the order took the command (and expired, unless it was paid or cancelled meanwhile). */
    private boolean handled(UnpaidOrders.Overdue order) {
        try {
            commands.send(new ExpireUnpaidOrderCommand(new OrderId(order.orderId()), new TenantId(order.tenantId())))
                    .block();
            return true;
        } catch (RuntimeException failed) {
            LOG.warn("Could not expire unpaid order {}: {}", order.orderId(), failed.toString());
            return false;
        }
    }
}
