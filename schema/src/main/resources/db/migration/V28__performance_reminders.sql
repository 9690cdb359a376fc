-- Performances whose buyers were reminded (docs/plugins.md "Scheduled jobs"): the performance-reminders job reminds
-- each performance's buyers once, and a row here says it did.
create table command.performance_reminder (
    performance_id uuid                     not null primary key,
    tenant_id      uuid                     not null,
    reminded_at    timestamp with time zone not null
);
