package io.admitone.plugin.api.report;

import io.admitone.plugin.api.OrganisationContext;
import org.pf4j.ExtensionPoint;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Another format for finance reports (a spreadsheet, an accounting system's import file). The report endpoints offer
 * it as {@code format=<format()>} to the organisations that enabled the plugin, answering with its content type.
 *
 * <pre>{@code
 * @Extension
 * public class TabSeparated implements ReportExporter {
 *     public String format() { return "tsv"; }
 *     public String contentType() { return "text/tab-separated-values"; }
 *     public void export(Report report, OutputStream out, OrganisationContext organisation) throws IOException {
 *         out.write((String.join("\t", report.columns()) + "\n").getBytes(StandardCharsets.UTF_8));
 *         // one line per row
 *     }
 * }
 * }</pre>
 */
public interface ReportExporter extends ExtensionPoint {

    /** 1 to 32 of {@code a-z 0-9 -}; {@code csv} and {@code json} are AdmitOne's own. */
    String format();

    String contentType();

    void export(Report report, OutputStream out, OrganisationContext organisation) throws IOException;
}
