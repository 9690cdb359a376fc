-- Dashboard layouts (docs/read-models.md): the layout each staff member last saved in each organisation, its widgets
-- as the API gives them back. Written by the dashboard-layouts projection; the query side reads a member's own.
create table read.dashboard_layout (
    tenant_id uuid                     not null,
    user_id   uuid                     not null,
    -- [{"type": "sales-today", "column": 1, "row": 1, "width": 2, "height": 1}, ...] in the member's order
    widgets   jsonb                    not null,
    saved_at  timestamp with time zone not null,
    position  bigint                   not null,
    primary key (tenant_id, user_id)
);

/* [jooq ignore start] */
select read.isolate_by_tenant('read.dashboard_layout');
/* [jooq ignore stop] */
