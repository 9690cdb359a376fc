-- Plugins (docs/read-models.md, docs/plugins.md): the releases installed on the platform, and each organisation's
-- choice to enable one with its settings. Written by the plugins projection.

-- one row per installed plugin; a removed plugin's row is deleted
create table read.plugin (
    plugin_id       varchar(64)              not null primary key,
    version         varchar(64)              not null,
    description     text,
    -- ["payments", ...] as the descriptor declares them
    permissions     jsonb                    not null,
    -- the JSON Schema an organisation's settings must satisfy
    settings_schema jsonb                    not null,
    sha256          varchar(64)              not null,
    installed_at    timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    position        bigint                   not null
);

-- one row per organisation and plugin it ever enabled; disabling keeps the settings for a later enabling
create table read.organisation_plugin (
    tenant_id  uuid                     not null,
    plugin_id  varchar(64)              not null,
    enabled    boolean                  not null,
    -- the settings the organisation gave, checked against the plugin's schema
    settings   jsonb                    not null,
    changed_at timestamp with time zone not null,
    position   bigint                   not null,
    primary key (tenant_id, plugin_id)
);

/* [jooq ignore start] */
select read.isolate_by_tenant('read.organisation_plugin');
/* [jooq ignore stop] */
