-- When a ticket was let in at the door: set with its status USED by the first check-in, null while it is unused.
alter table read.ticket add column used_at timestamp with time zone;
