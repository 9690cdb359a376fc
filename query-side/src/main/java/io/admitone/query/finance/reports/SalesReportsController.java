package io.admitone.query.finance.reports;

import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.query.paging.InvalidParameter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Clock;
import java.util.UUID;

/**
 * An organisation's sales report for finance, as JSON or, asked for {@code text/csv}, as a CSV file; or, asked for
 * with {@code format=<name>}, in a format a plugin the organisation enabled contributes.
 */
@RestController
class SalesReportsController {

    static final String SALES = "/api/v1/orgs/{orgId}/reports/sales";
    static final String CSV = "text/csv";

    private final SalesReports reports;
    private final ContributedReportFormats formats;
    private final Clock clock;

    SalesReportsController(SalesReports reports, ContributedReportFormats formats, Clock clock) {
        this.reports = reports;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping(path = SALES, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<SalesReport> sales(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                            SalesReportParameters parameters) {
        return reports.report(financeOf(caller, orgId), parameters.query(clock.instant()));
    }

    @GetMapping(path = SALES, produces = CSV)
    Mono<ResponseEntity<String>> csv(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                     SalesReportParameters parameters) {
        TenantId tenant = financeOf(caller, orgId);
        SalesReportQuery query = parameters.query(clock.instant());
        return reports.report(tenant, query)
                .map(report -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("sales-by-" + report.groupBy() + ".csv").build().toString())
                        .body(SalesCsv.write(report, query.grouping())));
    }

    @GetMapping(path = SALES, params = "format")
    Mono<ResponseEntity<byte[]>> formatted(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                           @RequestParam String format, SalesReportParameters parameters) {
        TenantId tenant = financeOf(caller, orgId);
        SalesReportQuery query = parameters.query(clock.instant());
        return Mono.fromCallable(() -> formats.format(tenant, format).orElseThrow(() -> new InvalidParameter("format",
                        "No report format " + format + " for this organisation; CSV and JSON are asked for by Accept")))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(chosen -> reports.report(tenant, query)
                        .publishOn(Schedulers.boundedElastic())
                        .map(report -> ResponseEntity.ok()
                                .contentType(MediaType.parseMediaType(chosen.contentType()))
                                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                        .filename("sales-by-" + report.groupBy() + "." + format).build().toString())
                                .body(chosen.write("sales", SalesTable.of(report, query.grouping())))));
    }

    private static TenantId financeOf(Caller caller, UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.FINANCE_READ);
        return tenant;
    }
}
