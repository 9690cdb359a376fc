package io.admitone.query.finance.reports;

import io.admitone.kernel.organisation.TenantId;

import java.util.Optional;

/**
 * Report formats beyond AdmitOne's own CSV and JSON, such as those of the plugins an organisation enabled: the
 * reports offer each as {@code format=<name>} to that organisation.
 */
public interface ContributedReportFormats {

    ContributedReportFormats NONE = (tenant, format) -> Optional.empty();

    Optional<ReportFormat> format(TenantId tenant, String format);

    /** A format: the content type it answers with, and a report table written in it. */
    interface ReportFormat {

        String contentType();

        /** The report {@code name} ({@code sales}...) as a file in this format. */
        byte[] write(String name, SalesTable table);
    }
}
