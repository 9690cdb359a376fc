package io.admitone.server.exports;

import io.admitone.kernel.DomainRejection;
import io.admitone.kernel.access.Caller;
import io.admitone.kernel.access.Operation;
import io.admitone.kernel.organisation.TenantId;
import io.admitone.server.roles.ConditionalOnRole;
import io.admitone.server.roles.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;
import java.util.UUID;

/**
 * An organisation's exports for its finance staff, as its sales reports are: the list, and each file as a download.
 * An export of another organisation is not found.
 */
@RestController
@ConditionalOnRole(Role.QUERY)
class ExportsController {

    static final String EXPORTS = "/api/v1/orgs/{orgId}/exports";

    record ExportList(List<Exports.Export> exports) {
    }

    private final Exports exports;

    ExportsController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping(EXPORTS)
    Mono<ExportList> exports(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId) {
        TenantId tenant = financeOf(caller, orgId);
        return Mono.fromCallable(() -> new ExportList(exports.of(tenant))).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping(EXPORTS + "/{exportId}")
    Mono<ResponseEntity<byte[]>> download(@AuthenticationPrincipal Caller caller, @PathVariable UUID orgId,
                                          @PathVariable UUID exportId) {
        TenantId tenant = financeOf(caller, orgId);
        return Mono.fromCallable(() -> exports.download(tenant, exportId)
                        .orElseThrow(() -> new NoSuchExport(exportId)))
                .subscribeOn(Schedulers.boundedElastic())
                .map(download -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(download.file().contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename(download.name()).build().toString())
                        .body(download.file().content()));
    }

    private static TenantId financeOf(Caller caller, UUID orgId) {
        TenantId tenant = new TenantId(orgId);
        caller.require(tenant, Operation.FINANCE_READ);
        return tenant;
    }

    static final class NoSuchExport extends DomainRejection {
        NoSuchExport(UUID exportId) {
            super("not-found", Kind.NOT_FOUND, "No export " + exportId);
        }
    }
}
