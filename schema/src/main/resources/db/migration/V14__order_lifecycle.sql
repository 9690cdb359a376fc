-- The order lifecycle (see docs/onsale.md): an order awaiting payment is due by due_at; refunded_amount is what
-- refunds paid back so far; cancel_reason says why staff cancelled it. PARTIALLY_REFUNDED needs a wider status.
alter table read."order" alter column status type varchar(20);
alter table read."order" add column due_at timestamp with time zone;
alter table read."order" add column refunded_amount numeric(19, 4) not null default 0;
alter table read."order" add column cancel_reason text;

-- A ticket voided by a refund or a cancellation has status VOID from voided_at on.
alter table read.ticket add column voided_at timestamp with time zone;
