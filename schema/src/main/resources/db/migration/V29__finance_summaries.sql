-- Daily finance summaries (docs/plugins.md "Scheduled jobs"): the finance-summary job writes each organisation's
-- sales of a UTC day as a CSV file to the file storage, once, and a row here records it; finance lists and downloads
-- them as the organisation's exports (docs/api.md).
create table command.finance_summary (
    tenant_id  uuid                     not null,
    -- the UTC day the summary counts
    day        date                     not null,
    -- the id the exports API knows it by
    export_id  uuid                     not null unique,
    -- the file's name for a download, and its key in the file storage
    name       varchar(100)             not null,
    file_key   varchar(512)             not null,
    size       bigint                   not null,
    created_at timestamp with time zone not null,
    primary key (tenant_id, day)
);
