package io.admitone.server.plugins;

import io.admitone.kernel.organisation.TenantId;
import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.report.Report;
import io.admitone.plugin.api.report.ReportExporter;
import io.admitone.query.finance.reports.ContributedReportFormats;
import io.admitone.query.finance.reports.SalesTable;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** The report exporters of the plugins an organisation enabled, as the report formats it may ask for. */
@Component
class PluginReportFormats implements ContributedReportFormats {

    private final EnabledPlugins enabled;

    PluginReportFormats(EnabledPlugins enabled) {
        this.enabled = enabled;
    }

    @Override
    public Optional<ReportFormat> format(TenantId tenant, String format) {
        return enabled.extensions(tenant, ReportExporter.class).stream()
                .filter(contributed -> format.equals(contributed.extension().format()))
                .findFirst()
                .map(contributed -> new Exported(contributed.extension(), contributed.organisation()));
    }

    private record Exported(ReportExporter exporter, OrganisationContext organisation) implements ReportFormat {

        @Override
        public String contentType() {
            return exporter.contentType();
        }

        @Override
        public byte[] write(String name, SalesTable table) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exporter.export(new Report(name, table.columns(), table.rows()), out, organisation);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            return out.toByteArray();
        }
    }
}
