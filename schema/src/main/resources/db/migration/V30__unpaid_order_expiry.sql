-- The unpaid-order-expiry job looks for orders left for staff to settle (no next action for the buyer) that are
-- past their due date, every few minutes: only those rows are indexed.
create index order_unpaid_due_idx on read."order" (due_at)
    where status = 'AWAITING_PAYMENT' and next_action is null;
